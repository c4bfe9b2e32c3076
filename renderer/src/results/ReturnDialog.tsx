import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormDialog } from '../common/FormDialog.tsx';
import { useFormSubmit } from '../common/use-form-submit.ts';

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
  const { busy, error, setError, submit } = useFormSubmit(async () => {
    await onReturn(reason);
  });
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
