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
import { PublishDialog } from './PublishDialog.tsx';
import { daysLeftText } from './publication-text.ts';

/** A soft tint of the state's colour across the row, so 已逾期 and 即将到期 stand out. */
const ROW_TINT = { 待检查: undefined, 未到期: undefined, 即将到期: '#fff4e0', 已逾期: '#fdecea', 已公示: '#edf7ed' } as const;

/**
 * 公示期限: every drawn task, its deadline (working days after the last inspection), its publications
 * and 生成公示. A joint task's 公示 is made per department: `departmentId` (the department chosen on
 * the results page) is the dialog's first choice.
 */
export function PublicationBoard({ departmentId }: { departmentId?: number | undefined } = {}) {
  const board = useCall('publication:dashboard', {});
  const [publishing, setPublishing] = useState<PublicationRow | null>(null);
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
              {[
                '任务编号',
                '任务名称',
                '结果录入',
                '已审核待公示',
                '已公示',
                '最后检查日期',
                '公示截止',
                '剩余',
                '状态',
                '公示日期',
                '',
              ].map((h) => (
                <TableCell key={h} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow
                key={r.taskId}
                data-state={r.state}
                // 已逾期 reads red across the row, not only in its tint: the deadline is the law's.
                sx={{ bgcolor: ROW_TINT[r.state], '& > td': r.state === '已逾期' ? { color: 'error.main', fontWeight: 600 } : undefined }}
              >
                <TableCell sx={{ fontFamily: 'Consolas, monospace' }}>{r.code}</TableCell>
                <TableCell>
                  <Button size="small" sx={{ p: 0, minWidth: 0, textAlign: 'left' }} onClick={() => goTo('results', r.taskId)}>
                    {r.name}
                  </Button>
                  {r.joint && (
                    <Tooltip title="部门联合抽查：各部门分别公示本部门检查事项的结果；已公示为各部门均已公示的户数">
                      <Chip size="small" variant="outlined" label="联合" sx={{ ml: 0.5 }} />
                    </Tooltip>
                  )}
                </TableCell>
                <TableCell>
                  {r.entered} / {r.selected}
                </TableCell>
                <TableCell>{r.reviewed}</TableCell>
                <TableCell>
                  {r.published} / {r.selected}
                  {r.corrections > 0 && <Chip size="small" color="warning" label={`待更正 ${r.corrections}`} sx={{ ml: 0.5 }} />}
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
                  <Button
                    size="small"
                    variant="outlined"
                    sx={{ whiteSpace: 'nowrap' }}
                    onClick={() => setPublishing(r)}
                    aria-label={`${r.code} 生成公示`}
                  >
                    {r.state === '已公示' && r.corrections === 0 ? '公示记录' : '生成公示'}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {publishing && (
        <PublishDialog
          task={publishing}
          departmentId={departmentId}
          onClose={() => {
            setPublishing(null);
            board.reload();
          }}
        />
      )}
    </Box>
  );
}
