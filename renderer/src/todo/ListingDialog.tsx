import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { AbnormalRow } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useFormSubmit } from '../common/use-form-submit.ts';
import { useSignedInPerson } from '../shell/use-signed-in.ts';
import { localToday } from './todo-text.ts';

/** 登记列入: the day the entity was put on the 经营异常名录 and the 决定书's 文号. */
export function ListingDialog({ row, onDone, onClose }: { row: AbnormalRow; onDone: () => void; onClose: () => void }) {
  const person = useSignedInPerson();
  const [listedOn, setListedOn] = useState(row.listedOn ?? localToday());
  const [decisionNo, setDecisionNo] = useState(row.decisionNo);
  const { busy, error, setError, submit } = useFormSubmit(async () => {
    await api.run('deadlines:record', { taskId: row.taskId, entityId: row.entityId, listedOn, decisionNo, actor: person?.name ?? '' });
    onDone();
  });
  return (
    <FormDialog
      title={`登记列入经营异常名录：${row.entityName}`}
      submitLabel="登记列入"
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
      error={error}
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {row.foundOn ? `${row.foundOn} 检查发现“通过登记的住所（经营场所）无法联系”，应在 ${row.deadline} 前列入。` : ''}
        列入在公示系统中办理，这里登记办理的日期和决定书文号，记入审计日志。
      </Typography>
      <TextField
        type="date"
        label="列入日期"
        required
        value={listedOn}
        onChange={(e) => {
          setListedOn(e.target.value);
          setError(null);
        }}
        error={Boolean(error?.fields.listedOn)}
        helperText={error?.fields.listedOn ?? `不早于检查日期${row.foundOn ? `（${row.foundOn}）` : ''}，不晚于今天`}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ mb: 2, width: 240 }}
      />
      <TextField
        fullWidth
        label="决定书文号"
        value={decisionNo}
        onChange={(e) => {
          setDecisionNo(e.target.value);
          setError(null);
        }}
        error={Boolean(error?.fields.decisionNo)}
        helperText={error?.fields.decisionNo ?? '选填，不超过 50 字，如 大同县市监异〔2026〕7号'}
        slotProps={{ htmlInput: { maxLength: 50 } }}
      />
    </FormDialog>
  );
}
