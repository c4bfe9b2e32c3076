import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { Ceremony } from '../../../electron/api/types.ts';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { hexGroups } from './witness-digits.ts';

interface AbandonDialogProps {
  ceremony: Ceremony;
  operator: string;
  onClose: () => void;
  onAbandoned: () => void;
}

/** 放弃: ends a started draw without drawing; the start, its commitment and its secret stay on record. */
export function AbandonDialog({ ceremony, operator: initialOperator, onClose, onAbandoned }: AbandonDialogProps) {
  const [reason, setReason] = useState('');
  const [operator, setOperator] = useState(initialOperator);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);

  async function abandon(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await api.run('draws:abandon', { taskId: ceremony.taskId, operator, ...(reason.trim() ? { reason } : {}) });
      onAbandoned();
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormDialog
      title="放弃这次开始抽取"
      submitLabel="放弃"
      submitColor="error"
      busy={busy}
      onSubmit={abandon}
      onClose={onClose}
      error={error}
      contentSx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Box>
        {formatDateTime(ceremony.startedAt)} 开始的抽取（承诺值 {hexGroups(ceremony.commitment)[0]}…）将不再继续。这次开始
        <strong>仍留在记录中</strong>：它的承诺值和秘密随机数会公开，以后的抽取记录上会写明“本任务曾开始抽取 N 次”。
        放弃后可以重新开始抽取，程序会生成新的秘密随机数和承诺值。
      </Box>
      <TextField
        label="放弃理由（可不填）"
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        helperText={error?.fields.reason ?? '如：监督人临时离开；不超过 500 字'}
        error={Boolean(error?.fields.reason)}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      <TextField
        label="操作人"
        value={operator}
        onChange={(e) => setOperator(e.target.value)}
        sx={{ width: 240 }}
        error={Boolean(error?.fields.operator)}
        helperText={error?.fields.operator ?? '不超过 30 字'}
        slotProps={{ htmlInput: { maxLength: 30 } }}
      />
    </FormDialog>
  );
}
