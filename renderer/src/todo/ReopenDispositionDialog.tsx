import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DispositionRow } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useFormSubmit } from '../common/use-form-submit.ts';
import { useSignedInPerson } from '../shell/use-signed-in.ts';

const MAX = 200;

/** 撤销完结: a 完结 recorded by mistake, or a matter that came back, with the reason. */
export function ReopenDispositionDialog({ row, onDone, onClose }: { row: DispositionRow; onDone: () => void; onClose: () => void }) {
  const person = useSignedInPerson();
  const [reason, setReason] = useState('');
  const { busy, error, setError, submit } = useFormSubmit(async () => {
    await api.run('dispositions:reopen', {
      taskId: row.taskId,
      entityId: row.entityId,
      departmentId: row.departmentId,
      reason,
      actor: person?.name ?? '',
    });
    onDone();
  });
  return (
    <FormDialog
      title={`撤销完结：${row.entityName}`}
      submitLabel="撤销完结"
      submitColor="error"
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      dirty={reason !== ''}
      error={error}
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {row.closedOn} 登记的完结（{row.closureNotes}）将撤销，后续处置回到未完结。撤销和理由记入审计日志。
      </Typography>
      <TextField
        autoFocus
        fullWidth
        multiline
        minRows={2}
        label="撤销理由"
        required
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setError(null);
        }}
        error={Boolean(error?.fields.reason)}
        helperText={error?.fields.reason ?? `必填，不超过 ${MAX} 字`}
        slotProps={{ htmlInput: { maxLength: MAX } }}
      />
    </FormDialog>
  );
}
