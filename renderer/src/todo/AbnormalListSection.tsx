import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AbnormalRow } from '../../../electron/api/types.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { DeadlineCell } from './DeadlineCell.tsx';
import { ListingDialog } from './ListingDialog.tsx';
import { TodoTable } from './TodoTable.tsx';
import { daysLeftText, STATE_COLORS, STATE_TINT } from './todo-text.ts';

/** 无法联系 → 经营异常名录 within 10 working days: each entity, its deadline, and 登记列入. */
export function AbnormalListSection({ onChanged }: { onChanged: () => void }) {
  const notify = useNotify();
  const list = useCall('deadlines:abnormal', {});
  const [listing, setListing] = useState<AbnormalRow | null>(null);
  const rows = list.data ?? [];
  return (
    <>
      <Typography color="text.secondary">
        检查发现“6 通过登记的住所（经营场所）无法联系”的，应自检查之日起 10 个工作日内列入经营异常名录。
      </Typography>
      <ErrorAlert error={list.error} />
      <TodoTable
        label="经营异常名录"
        headings={['任务编号', '统一社会信用代码', '名称', '检查日期', '列入期限', '剩余', '状态', '列入情况', '']}
      >
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={9} sx={{ color: 'text.secondary' }}>
              没有检查发现无法联系的检查对象。
            </TableCell>
          </TableRow>
        )}
        {rows.map((r) => (
          <TableRow key={`${r.taskId}-${r.entityId}`} data-state={r.state} sx={{ bgcolor: STATE_TINT[r.state] }}>
            <TableCell sx={{ fontFamily: 'Consolas, monospace', whiteSpace: 'nowrap' }}>{r.taskCode}</TableCell>
            <TableCell sx={{ fontFamily: 'Consolas, monospace', whiteSpace: 'nowrap' }}>{r.entityCode}</TableCell>
            <TableCell sx={{ minWidth: 150 }}>
              {r.entityName}
              <Typography variant="caption" component="div" color="text.secondary">
                检查结果 {r.code} 无法联系
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.foundOn ?? '—'}</TableCell>
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
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Chip size="small" label={r.state} color={STATE_COLORS[r.state] ?? 'default'} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {r.listedOn ? `${r.listedOn} 列入` : ''}
              {r.decisionNo && (
                <Typography variant="caption" component="div" color="text.secondary">
                  {r.decisionNo}
                </Typography>
              )}
            </TableCell>
            <TableCell align="right">
              <Button
                size="small"
                variant={r.listedOn ? 'text' : 'contained'}
                onClick={() => setListing(r)}
                aria-label={`登记列入 ${r.entityName}`}
              >
                {r.listedOn ? '修改' : '列入'}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TodoTable>
      {listing && (
        <ListingDialog
          row={listing}
          onClose={() => setListing(null)}
          onDone={() => {
            notify.success(`已登记：${listing.entityName}列入经营异常名录`);
            setListing(null);
            list.reload();
            onChanged();
          }}
        />
      )}
    </>
  );
}
