import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DispositionRow } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useFormSubmit } from '../common/use-form-submit.ts';
import { useSignedInPerson } from '../shell/use-signed-in.ts';
import { localToday } from './todo-text.ts';

const MAX = 500;

/** 登记完结: the day the 后续处置 ended and what came of it (完结情况). */
export function CloseDispositionDialog({ row, onDone, onClose }: { row: DispositionRow; onDone: () => void; onClose: () => void }) {
  const person = useSignedInPerson();
  const [closedOn, setClosedOn] = useState(localToday());
  const [notes, setNotes] = useState('');
  const { busy, error, setError, submit } = useFormSubmit(async () => {
    await api.run('dispositions:close', {
      taskId: row.taskId,
      entityId: row.entityId,
      departmentId: row.departmentId,
      closedOn,
      closureNotes: notes,
      actor: person?.name ?? '',
    });
    onDone();
  });
  return (
    <FormDialog
      title={`登记完结：${row.entityName}`}
      submitLabel="登记完结"
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      dirty={notes !== ''}
      error={error}
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        任务 {row.taskCode}，{row.inspectedOn ?? '检查日期未填'} 检查，后续处置：{row.disposal}。完结记入审计日志，计入统计的完结数。
      </Typography>
      <TextField
        type="date"
        label="完结日期"
        required
        value={closedOn}
        onChange={(e) => {
          setClosedOn(e.target.value);
          setError(null);
        }}
        error={Boolean(error?.fields.closedOn)}
        helperText={error?.fields.closedOn ?? `不早于检查日期${row.inspectedOn ? `（${row.inspectedOn}）` : ''}，不晚于今天`}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ mb: 2, width: 240 }}
      />
      <TextField
        autoFocus
        fullWidth
        multiline
        minRows={3}
        label="完结情况"
        required
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value);
          setError(null);
        }}
        error={Boolean(error?.fields.closureNotes)}
        helperText={error?.fields.closureNotes ?? `必填，不超过 ${MAX} 字（已写 ${notes.trim().length} 字），如 已整改到位，复查合格`}
        slotProps={{ htmlInput: { maxLength: MAX } }}
      />
    </FormDialog>
  );
}
