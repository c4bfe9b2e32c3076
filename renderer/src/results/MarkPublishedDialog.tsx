import { useState } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { todayText } from '../common/format-time.ts';
import { useNotify } from '../common/notify.tsx';
import type { PublicationRow } from '../tasks/task-types.ts';

/** 标记已公示 with the date the results went public; refused while results are missing. */
export function MarkPublishedDialog({ row, onClose, onMarked }: { row: PublicationRow; onClose: () => void; onMarked: () => void }) {
  const notify = useNotify();
  const [date, setDate] = useState(todayText);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function mark() {
    setBusy(true);
    try {
      await api.run('publication:mark', { taskId: row.taskId, date });
      notify.success(`任务 ${row.code} 已标记为 ${date} 公示`);
      onMarked();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <ConfirmDialog
      open
      title={`标记已公示：${row.code}`}
      confirmLabel="标记已公示"
      busy={busy}
      error={error}
      onConfirm={mark}
      onClose={onClose}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <span>
          “{row.name}”的 {row.selected} 户检查结果已在公示平台公示后，在此记下公示日期。
          {row.deadline && `公示截止日期为 ${row.deadline}。`}
        </span>
        <TextField
          label="公示日期"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          sx={{ width: 200 }}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
    </ConfirmDialog>
  );
}
