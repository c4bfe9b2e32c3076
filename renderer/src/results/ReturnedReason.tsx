import Alert from '@mui/material/Alert';
import type { TaskResultRow } from './result-types.ts';

/** A result the 审核员 sent back: its reason, in front of the 录入员 who corrects it. */
export function ReturnedReason({ row }: { row: TaskResultRow }) {
  const r = row.result;
  if (!r?.returnedReason || r.status !== '已录入') return null;
  return (
    <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="returned-reason">
      已退回：{r.returnedReason}
    </Alert>
  );
}
