import { useState, type FormEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { rememberOperator, rememberedOperator } from '../common/operator-name.ts';
import { FormDialog } from '../common/FormDialog.tsx';

interface ReasonDialogProps {
  title: string;
  children: ReactNode;
  reasonLabel: string;
  reasonHint: string;
  confirmLabel: string;
  danger?: boolean;
  /** Does the change; its refusal (a missing reason, no one left to draw) shows in the dialog. */
  onConfirm: (reason: string, operator: string) => Promise<void>;
  onClose: () => void;
}

/** A recorded change that needs a reason and names who made it (递补, 作废). */
export function ReasonDialog(props: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [operator, setOperator] = useState(rememberedOperator);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await props.onConfirm(reason, operator);
      rememberOperator(operator);
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormDialog
      title={props.title}
      submitLabel={props.confirmLabel}
      submitColor={props.danger ? 'error' : 'primary'}
      busy={busy}
      onSubmit={submit}
      onClose={props.onClose}
      contentSx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Box>{props.children}</Box>
      <TextField
        label={props.reasonLabel}
        required
        autoFocus
        multiline
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={Boolean(error?.fields.reason)}
        helperText={error?.fields.reason ?? [props.reasonHint, '不超过 500 字'].filter(Boolean).join('；')}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      <TextField
        label="操作人"
        value={operator}
        onChange={(e) => setOperator(e.target.value)}
        helperText="不超过 30 字"
        slotProps={{ htmlInput: { maxLength: 30 } }}
        sx={{ width: 240 }}
      />
      {error && !error.fields.reason && <ErrorAlert error={error} />}
    </FormDialog>
  );
}
