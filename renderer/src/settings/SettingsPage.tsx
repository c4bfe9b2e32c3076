import { useEffect, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Settings } from '../../../electron/api/types.ts';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { DataSafetyCard } from './DataSafetyCard.tsx';
import { DepartmentsCard } from './DepartmentsCard.tsx';
import { DocumentFontsCard } from './DocumentFontsCard.tsx';
import { ResultCodesEditor } from './ResultCodesEditor.tsx';
import { SettingsFields } from './SettingsFields.tsx';
import { StaffCard } from './StaffCard.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';

/** 设置: the bureau's details, 公示期限, the departments, data and backups, and the result code table. */
export function SettingsPage({ onSaved }: { onSaved: (settings: Settings) => void }) {
  const notify = useNotify();
  const [values, setValues] = useState<Settings | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);
  // Bumped when a restore replaced the data: the settings are read again from the restored file.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    api.run('settings:get', {}).then(
      (settings) => {
        setValues(settings);
        if (version > 0) onSaved(settings);
      },
      (err: unknown) => setError(asApiCallError(err)),
    );
    // onSaved is the shell's setter; a new function each render must not re-read the settings.
  }, [version]);

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
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 900, pb: 4 }}>
      <Typography variant="h5" component="h1">
        设置
      </Typography>
      <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          单位信息
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          这些内容印在通知书、清单等文书上；公示期限用于“检查结果”中的公示提醒。
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
      <DepartmentsCard key={`departments-${version}`} />
      <StaffCard key={`staff-${version}`} />
      <DataSafetyCard onDataReplaced={() => setVersion((v) => v + 1)} />
      <ResultCodesEditor key={version} />
      <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
        文书
      </Typography>
      <DocumentFontsCard />
      <TemplateEditor key={`templates-${version}`} />
    </Box>
  );
}
