import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { statusOf, type ResultStatusLabel } from './result-status.ts';
import type { TaskResultRow } from './result-types.ts';

const COLORS: Record<ResultStatusLabel, 'default' | 'info' | 'warning' | 'success' | 'primary'> = {
  未录入: 'default',
  已录入: 'info',
  退回: 'warning',
  已审核: 'success',
  已公示: 'primary',
};

/** 未录入 / 已录入 / 退回 / 已审核 / 已公示; hover gives the reason of a 退回, who reviewed, when published. */
export function ResultStatusChip({ row }: { row: TaskResultRow }) {
  const status = statusOf(row);
  const r = row.result;
  if (!r)
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        未录入
      </Box>
    );
  const title =
    status === '退回'
      ? `退回理由：${r.returnedReason}`
      : status === '已公示'
        ? `${r.publishedOn} 公示；审核员 ${r.reviewedBy}`
        : status === '已审核'
          ? `审核员 ${r.reviewedBy}${r.reviewedAt ? `，${r.reviewedAt.slice(0, 10)}` : ''}`
          : `录入员 ${r.enteredBy || '（未记录）'}，待审核`;
  return <Chip size="small" label={status} color={COLORS[status]} variant={status === '已录入' ? 'outlined' : 'filled'} title={title} />;
}
