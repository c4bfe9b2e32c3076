import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DispositionRow } from '../../../electron/api/types.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { CloseDispositionDialog } from './CloseDispositionDialog.tsx';
import { ReopenDispositionDialog } from './ReopenDispositionDialog.tsx';
import { TodoTable } from './TodoTable.tsx';
import { ageColors } from './todo-text.ts';

/** Days since the inspection on a patch that grows warmer with age. */
function AgeMark({ row }: { row: DispositionRow }) {
  if (row.ageDays === null) return <>—</>;
  const { bg, fg } = ageColors(row.closed ? 0 : row.ageDays);
  return (
    <Box
      component="span"
      data-testid="disposition-age"
      sx={{
        display: 'inline-block',
        minWidth: 56,
        px: 1,
        py: 0.25,
        borderRadius: 1,
        bgcolor: bg,
        color: fg,
        fontWeight: 600,
        textAlign: 'center',
      }}
    >
      {row.closed ? `用时 ${row.ageDays} 天` : `${row.ageDays} 天`}
    </Box>
  );
}

/** 后续处置 not yet 完结, oldest first, with 登记完结; 含已完结 shows the closed ones and 撤销完结. */
export function DispositionsSection({ onChanged }: { onChanged: () => void }) {
  const notify = useNotify();
  const [withClosed, setWithClosed] = useState(false);
  const list = useCall('dispositions:list', { open: !withClosed });
  const [closing, setClosing] = useState<DispositionRow | null>(null);
  const [reopening, setReopening] = useState<DispositionRow | null>(null);
  const rows = list.data ?? [];
  const changed = (text: string) => {
    notify.success(text);
    setClosing(null);
    setReopening(null);
    list.reload();
    onChanged();
  };
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography color="text.secondary" sx={{ flex: 1 }}>
          后续处置须跟踪到完结：登记完结日期和完结情况。已过天数自检查日期算起，越久颜色越深。
        </Typography>
        <FormControlLabel control={<Switch checked={withClosed} onChange={(e) => setWithClosed(e.target.checked)} />} label="含已完结" />
      </Box>
      <ErrorAlert error={list.error} />
      <TodoTable label="后续处置" headings={['任务编号', '统一社会信用代码', '名称', '后续处置', '检查日期', '已过天数', '完结', '']}>
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={8} sx={{ color: 'text.secondary' }}>
              {withClosed ? '没有需要后续处置的检查结果。' : '没有未完结的后续处置。'}
            </TableCell>
          </TableRow>
        )}
        {rows.map((r) => (
          <TableRow key={`${r.taskId}-${r.entityId}-${r.departmentId}`} data-closed={r.closed}>
            <TableCell sx={{ fontFamily: 'Consolas, monospace', whiteSpace: 'nowrap' }}>{r.taskCode}</TableCell>
            <TableCell sx={{ fontFamily: 'Consolas, monospace', whiteSpace: 'nowrap' }}>{r.entityCode}</TableCell>
            <TableCell sx={{ minWidth: 150 }}>{r.entityName}</TableCell>
            <TableCell sx={{ maxWidth: 320 }}>
              {r.disposal}
              {r.departmentName && (
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {r.departmentName}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.inspectedOn ?? '—'}</TableCell>
            <TableCell>
              <AgeMark row={r} />
            </TableCell>
            <TableCell sx={{ maxWidth: 240 }}>{r.closed ? `${r.closedOn} 完结：${r.closureNotes}` : '未完结'}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {r.closed ? (
                <Button size="small" color="error" onClick={() => setReopening(r)} aria-label={`撤销完结 ${r.entityName}`}>
                  撤销完结
                </Button>
              ) : (
                <Button size="small" variant="contained" onClick={() => setClosing(r)} aria-label={`登记完结 ${r.entityName}`}>
                  登记完结
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TodoTable>
      {closing && (
        <CloseDispositionDialog
          row={closing}
          onClose={() => setClosing(null)}
          onDone={() => changed(`已登记完结：${closing.entityName}`)}
        />
      )}
      {reopening && (
        <ReopenDispositionDialog
          row={reopening}
          onClose={() => setReopening(null)}
          onDone={() => changed(`已撤销完结：${reopening.entityName}`)}
        />
      )}
    </>
  );
}
