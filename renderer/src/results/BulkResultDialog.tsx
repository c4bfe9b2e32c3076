import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { asApiCallError } from '../api/api-error.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useFieldReasons } from '../common/use-field-reasons.ts';
import { todayText } from '../common/format-time.ts';
import { ResultFields } from './ResultFields.tsx';
import { EMPTY_RESULT, fieldReasons, resultInputOf, type ResultFormValues } from './result-form-values.ts';
import type { ResultInput } from './result-types.ts';
import type { useResultCodes } from './use-result-codes.ts';

interface BulkResultDialogProps {
  count: number;
  codes: ReturnType<typeof useResultCodes>;
  onSave: (result: ResultInput) => Promise<void>;
  onClose: () => void;
}

/** 批量设置: the same result for every ticked entity, in one call (e.g. 1 未发现问题, 实地检查). */
export function BulkResultDialog({ count, codes, onSave, onClose }: BulkResultDialogProps) {
  const [values, setValues] = useState<ResultFormValues>({ ...EMPTY_RESULT, inspectedOn: todayText() });
  const { reasons, alert, refuse, edited } = useFieldReasons(fieldReasons);
  const [saving, setSaving] = useState(false);
  const change = <K extends keyof ResultFormValues>(field: K, value: ResultFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    edited(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave(resultInputOf(values));
    } catch (err) {
      refuse(asApiCallError(err));
      setSaving(false);
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="bulk-result-title">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="bulk-result-title">批量设置检查结果（{count} 户）</DialogTitle>
        <DialogContent dividers>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            以下结果将同时写入所选的 {count} 户，已录入的结果会被覆盖。批量设置不记录实到执法人员，需要时可逐户补充。
          </Typography>
          {alert && !Object.keys(reasons).length && <ErrorAlert error={alert} />}
          <ResultFields values={values} reasons={reasons} codes={codes} onChange={change} autoFocus />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            设置 {count} 户
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
