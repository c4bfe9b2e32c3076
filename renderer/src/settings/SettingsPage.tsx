import { useEffect, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Settings } from '../../../electron/core/settings/settings-service.ts';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { AppInfoCard } from './AppInfoCard.tsx';
import { SettingsFields } from './SettingsFields.tsx';

/** 设置: the bureau's details that documents print, and where the program keeps its data. */
export function SettingsPage({ onSaved }: { onSaved: (settings: Settings) => void }) {
  const notify = useNotify();
  const [values, setValues] = useState<Settings | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.run('settings:get', {}).then(setValues, (err: unknown) => setError(asApiCallError(err)));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    setSaving(true);
    try {
      const saved = await api.run('settings:save', values);
      setValues(saved);
      setError(null);
      onSaved(saved);
      notify.success('设置已保存');
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 760 }}>
      <Typography variant="h5" component="h1">
        设置
      </Typography>
      <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          单位信息
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          这些内容印在通知书、清单等文书上。
        </Typography>
        {error && (
          <Box sx={{ mb: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        )}
        {values && (
          <SettingsFields
            values={values}
            reasons={error?.fields ?? {}}
            onChange={(field, value) => setValues({ ...values, [field]: value })}
          />
        )}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
          <Button type="submit" variant="contained" disabled={!values || saving}>
            保存设置
          </Button>
        </Box>
      </Paper>
      <AppInfoCard />
    </Box>
  );
}
