import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useCall } from '../common/use-call.ts';
import { ImportProblemsDialog } from '../results/ImportProblemsDialog.tsx';
import { ResultImportDialog } from '../results/ResultImportDialog.tsx';
import { useResultImport } from '../results/use-result-import.ts';
import { ExchangeDialog } from './ExchangeDialog.tsx';

interface ExchangeButtonProps {
  taskId: number;
  /** The department chosen on the results page (a joint task's). */
  departmentId: number | undefined;
  /** After a returned file was imported: read the results again. */
  onImported: () => void;
}

/**
 * 部门交换 on the results page of a joint task (nothing for any other task): the dialog exports a
 * department's part, and a returned file goes through the usual import preview for that department.
 */
export function ExchangeButton({ taskId, departmentId, onImported }: ExchangeButtonProps) {
  const task = useCall('tasks:get', { id: taskId }, taskId).data;
  const [open, setOpen] = useState(false);
  const importer = useResultImport(onImported);
  if (!task?.joint) return null;
  const drawn = task.liveDrawId !== null;
  return (
    <>
      <Tooltip describeChild title={drawn ? '为未使用本程序的部门导出它的部分（Excel），交回后导入该部门的检查结果' : '抽取后才能交换'}>
        <span>
          <Button variant="outlined" startIcon={<SwapHorizIcon />} disabled={!drawn} onClick={() => setOpen(true)}>
            部门交换
          </Button>
        </span>
      </Tooltip>
      {open && (
        <ExchangeDialog
          task={task}
          initial={departmentId}
          onClose={() => setOpen(false)}
          onImport={(id, name) => {
            setOpen(false);
            importer.start({ taskId: task.id, departmentId: id }, `选择${name}交回的交换表`);
          }}
        />
      )}
      {importer.problems && <ImportProblemsDialog error={importer.problems} onClose={importer.dismiss} />}
      <ResultImportDialog importer={importer} />
    </>
  );
}
