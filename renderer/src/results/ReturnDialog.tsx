import { useState, type FormEvent } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { FormDialog } from '../common/FormDialog.tsx';

const MAX = 200;

/** 退回: the reason the 录入员 will read beside the result until it is reviewed again. */
export function ReturnDialog({
  name,
  onReturn,
  onClose,
}: {
  name: string;
  onReturn: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onReturn(reason);
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <FormDialog
      title={`退回“${name}”的检查结果`}
      submitLabel="退回"
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      dirty={reason !== ''}
      error={error}
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        退回后该结果回到“已录入”，录入员按理由修改后再送审核。退回记入审计日志。
      </Typography>
      <TextField
        autoFocus
        fullWidth
        multiline
        minRows={3}
        label="退回理由"
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={Boolean(error?.fields.reason)}
        helperText={error?.fields.reason ?? `必填，不超过 ${MAX} 字（已写 ${reason.trim().length} 字）`}
        slotProps={{ htmlInput: { maxLength: MAX } }}
      />
    </FormDialog>
  );
}
