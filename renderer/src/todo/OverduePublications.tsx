import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { OverdueSummary } from '../../../electron/api/types.ts';
import { goTo } from '../shell/use-hash-route.ts';
import { DeadlineCell } from './DeadlineCell.tsx';
import { TodoTable } from './TodoTable.tsx';
import { daysLeftText, STATE_COLORS, STATE_TINT } from './todo-text.ts';

/** 公示 past its deadline (red) or due within five working days (amber), each a click from its results. */
export function OverduePublications({ summary }: { summary: OverdueSummary | null }) {
  const rows = summary ? [...summary.publicationsOverdue, ...summary.publicationsDueSoon] : [];
  return (
    <>
      <Typography color="text.secondary">
        公示期限为最后检查日期后的工作日（含法定节假日和调休；天数在“设置”中修改）。公示在“检查结果”中生成。
      </Typography>
      <TodoTable
        label="逾期和即将到期的公示"
        headings={['任务编号', '任务名称', '结果录入', '最后检查日期', '公示截止', '剩余', '状态', '']}
      >
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={8} sx={{ color: 'text.secondary' }}>
              没有已逾期或即将到期的公示。
            </TableCell>
          </TableRow>
        )}
        {rows.map((r) => (
          <TableRow key={r.taskId} data-state={r.state} sx={{ bgcolor: STATE_TINT[r.state] }}>
            <TableCell sx={{ fontFamily: 'Consolas, monospace', whiteSpace: 'nowrap' }}>{r.code}</TableCell>
            <TableCell>{r.name}</TableCell>
            <TableCell>
              {r.entered} / {r.selected}
            </TableCell>
            <TableCell>{r.lastInspection ?? '—'}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <DeadlineCell deadline={r.deadline} note={r.deadlineNote} />
            </TableCell>
            <TableCell
              sx={{
                whiteSpace: 'nowrap',
                color: r.state === '已逾期' ? 'error.main' : undefined,
                fontWeight: r.state === '已逾期' ? 700 : 400,
              }}
            >
              {daysLeftText(r.daysLeft)}
            </TableCell>
            <TableCell>
              <Chip size="small" label={r.state} color={STATE_COLORS[r.state] ?? 'default'} />
            </TableCell>
            <TableCell align="right">
              <Button size="small" variant="outlined" onClick={() => goTo('results', r.taskId)} aria-label={`去公示 ${r.code}`}>
                去公示
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TodoTable>
    </>
  );
}
