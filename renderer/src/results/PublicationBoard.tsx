import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useCall } from '../common/use-call.ts';
import { goTo } from '../shell/use-hash-route.ts';
import { PUBLICATION_COLORS } from '../tasks/task-marks.ts';
import type { PublicationRow } from '../tasks/task-types.ts';
import { MarkPublishedDialog } from './MarkPublishedDialog.tsx';
import { daysLeftText } from './publication-text.ts';

/** A soft tint of the state's colour across the row, so 已逾期 and 即将到期 stand out. */
const ROW_TINT = { 待检查: undefined, 未到期: undefined, 即将到期: '#fff4e0', 已逾期: '#fdecea', 已公示: '#edf7ed' } as const;

/** 公示期限: every drawn task, its deadline (working days after the last inspection) and 公示. */
export function PublicationBoard() {
  const board = useCall('publication:dashboard', {});
  const [marking, setMarking] = useState<PublicationRow | null>(null);
  const rows = board.data ?? [];
  const overdue = rows.filter((r) => r.state === '已逾期').length;
  const soon = rows.filter((r) => r.state === '即将到期').length;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography color="text.secondary" data-testid="publication-summary">
        {rows.length === 0 ? '还没有已抽取的任务。' : `共 ${rows.length} 个已抽取的任务；已逾期 ${overdue} 个，即将到期 ${soon} 个。`}
        公示期限按最后检查日期后的工作日计算（含法定节假日和调休），天数在“设置”中修改。
      </Typography>
      <ErrorAlert error={board.error} />
      <TableContainer sx={{ bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label="公示期限">
          <TableHead>
            <TableRow>
              {['任务编号', '任务名称', '结果录入', '最后检查日期', '公示截止', '剩余', '状态', '公示日期', ''].map((h) => (
                <TableCell key={h} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.taskId} data-state={r.state} sx={{ bgcolor: ROW_TINT[r.state] }}>
                <TableCell sx={{ fontFamily: 'Consolas, monospace' }}>{r.code}</TableCell>
                <TableCell>
                  <Button size="small" sx={{ p: 0, minWidth: 0, textAlign: 'left' }} onClick={() => goTo('results', r.taskId)}>
                    {r.name}
                  </Button>
                </TableCell>
                <TableCell>
                  {r.entered} / {r.selected}
                </TableCell>
                <TableCell>{r.lastInspection ?? '—'}</TableCell>
                <TableCell>
                  {r.deadline ?? '—'}
                  {r.deadlineNote && (
                    <Tooltip title={r.deadlineNote}>
                      <Box component="span" role="note" aria-label={r.deadlineNote} sx={{ ml: 0.5, color: 'warning.main', cursor: 'help' }}>
                        （待核对）
                      </Box>
                    </Tooltip>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', color: r.state === '已逾期' ? 'error.main' : undefined }}>
                  {r.state === '已公示' ? '' : daysLeftText(r.daysLeft)}
                </TableCell>
                <TableCell>
                  <Chip size="small" label={r.state} color={PUBLICATION_COLORS[r.state]} />
                </TableCell>
                <TableCell>{r.publishedOn ?? ''}</TableCell>
                <TableCell align="right">
                  {r.state !== '已公示' && (
                    <Button size="small" variant="outlined" onClick={() => setMarking(r)} aria-label={`标记 ${r.code} 已公示`}>
                      标记已公示
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {marking && (
        <MarkPublishedDialog
          row={marking}
          onClose={() => setMarking(null)}
          onMarked={() => {
            setMarking(null);
            board.reload();
          }}
        />
      )}
    </Box>
  );
}
