import { cloneElement, useId, useState, type ReactElement } from 'react';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import UndoIcon from '@mui/icons-material/Undo';
import VerifiedOutlinedIcon from '@mui/icons-material/VerifiedOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { api } from '../api/client.ts';
import { ExchangeButton } from '../exchange/ExchangeButton.tsx';
import { useNotify } from '../common/notify.tsx';
import { useSignedInPerson } from '../shell/use-signed-in.ts';
import { ReturnDialog } from './ReturnDialog.tsx';
import { whyNotReturn, whyNotReview } from './result-status.ts';
import type { TaskResultRow } from './result-types.ts';

interface ResultsToolbarProps {
  taskId: number;
  /** A joint task: the department whose results are reviewed and returned. */
  departmentId?: number | undefined;
  /** The ticked rows. */
  selected: TaskResultRow[];
  onBulk: () => void;
  /** Must open the file chooser straight from the click. */
  onImport: () => void;
  /** After a review or a return: read the results again and clear the ticks. */
  onReviewed: () => void;
}

/**
 * A button with its reason on hover. A disabled button gets no hover, so the tooltip sits on a
 * wrapper; the reason is also the button's description, for screen readers and tests.
 */
function Why({ title, children }: { title: string; children: ReactElement<{ 'aria-describedby'?: string }> }) {
  const id = useId();
  return (
    <Tooltip title={title} describeChild>
      <span>
        {cloneElement(children, { 'aria-describedby': id })}
        <span id={id} hidden>
          {title}
        </span>
      </span>
    </Tooltip>
  );
}

/** 批量设置 and 审核所选 for the ticked rows, 退回 one, 从 Excel 导入结果, and how to enter one row. */
export function ResultsToolbar({ taskId, departmentId, selected, onBulk, onImport, onReviewed }: ResultsToolbarProps) {
  const notify = useNotify();
  const me = useSignedInPerson();
  const [returning, setReturning] = useState<TaskResultRow | null>(null);
  const notReview = whyNotReview(selected, me);
  const notReturn = whyNotReturn(selected, me);
  async function review() {
    try {
      const done = await api.run('results:review', {
        taskId,
        departmentId,
        entityIds: selected.map((r) => r.entityId),
        reviewer: me!.name,
      });
      notify.success(`已审核 ${done.entities.length} 户检查结果`);
      onReviewed();
    } catch (err) {
      notify.error(err);
    }
  }
  async function giveBack(row: TaskResultRow, reason: string) {
    await api.run('results:return', { taskId, departmentId, entityId: row.entityId, reason, reviewer: me!.name });
    setReturning(null);
    notify.success(`已退回“${row.name}”的检查结果`);
    onReviewed();
  }
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <Button variant="contained" startIcon={<DoneAllIcon />} disabled={selected.length === 0} onClick={onBulk}>
        批量设置{selected.length ? `（已选 ${selected.length} 户）` : ''}
      </Button>
      <Tooltip
        describeChild
        title="Excel 表需有“统一社会信用代码”“检查结果”两列，可另有检查日期、核查方式、后续处置、发现问题、备注、实到执法人员。选择文件后先预览新增、更改（原值和新值）和不能导入的行，确认后才写入。"
      >
        <Button variant="outlined" startIcon={<FileUploadIcon />} onClick={onImport}>
          从 Excel 导入结果
        </Button>
      </Tooltip>
      <ExchangeButton taskId={taskId} departmentId={departmentId} onImported={onReviewed} />
      <Why title={notReview || `以 ${me?.name} 的名义审核所选 ${selected.length} 户`}>
        <Button
          variant="outlined"
          color="success"
          startIcon={<VerifiedOutlinedIcon />}
          disabled={notReview !== ''}
          onClick={() => void review()}
        >
          审核所选
        </Button>
      </Why>
      <Why title={notReturn || '退回给录入员修改，须写明理由'}>
        <Button
          variant="outlined"
          color="warning"
          startIcon={<UndoIcon />}
          disabled={notReturn !== ''}
          onClick={() => setReturning(selected[0]!)}
        >
          退回
        </Button>
      </Why>
      <Box sx={{ flex: 1 }} />
      <Box sx={{ alignSelf: 'center', color: 'text.secondary', fontSize: '0.85rem' }}>
        单击一行或按 Enter 录入；勾选多行可批量设置或审核
      </Box>
      {returning && (
        <ReturnDialog name={returning.name} onReturn={(reason) => giveBack(returning, reason)} onClose={() => setReturning(null)} />
      )}
    </Box>
  );
}
