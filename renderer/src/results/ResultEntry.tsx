import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import { useGridApiRef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { todayText } from '../common/format-time.ts';
import { goTo } from '../shell/use-hash-route.ts';
import { BulkResultDialog } from './BulkResultDialog.tsx';
import { EntryProgress } from './EntryProgress.tsx';
import { ImportProblemsDialog } from './ImportProblemsDialog.tsx';
import { ResultImportDialog } from './ResultImportDialog.tsx';
import { ResultsGrid } from './ResultsGrid.tsx';
import { ResultSideForm } from './ResultSideForm.tsx';
import { ResultsTaskPicker } from './ResultsTaskPicker.tsx';
import { ResultsToolbar } from './ResultsToolbar.tsx';
import type { ResultInput, TaskResultRow } from './result-types.ts';
import { useResultCodes } from './use-result-codes.ts';
import { useResultImport } from './use-result-import.ts';
import { useTaskResults } from './use-task-results.ts';

const NONE: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** 录入结果: pick a task, then enter results row by row, in bulk, or from Excel. */
export function ResultEntry({ taskId }: { taskId: number | null }) {
  const notify = useNotify();
  const tasks = useCall('tasks:list', {});
  const board = useCall('publication:dashboard', {});
  const { reload: reloadBoard } = board;
  const { reload: reloadTasks } = tasks;
  // A saved result changes the task's progress and its 公示 deadline.
  const refreshTask = useCallback(() => {
    reloadBoard();
    reloadTasks();
  }, [reloadBoard, reloadTasks]);
  const results = useTaskResults(taskId, refreshTask);
  const codes = useResultCodes();
  const importer = useResultImport(results.reload);
  const [editing, setEditing] = useState<number | null>(null);
  const gridApi = useGridApiRef();
  /** Closes the side form; the keyboard focus goes back to that row, ready for ↑ ↓ and Enter. */
  const closeForm = (entityId: number) => {
    setEditing(null);
    window.setTimeout(() => gridApi.current?.setCellFocus(entityId, 'name'));
  };
  const [selection, setSelection] = useState<GridRowSelectionModel>(NONE);
  const [bulk, setBulk] = useState(false);
  // The first entry starts at today, as 批量设置 does: a result without its date has no 公示 deadline.
  const [lastDate, setLastDate] = useState(todayText);
  const task = tasks.data?.find((t) => t.id === taskId) ?? null;
  // Opened without a task: the newest drawn task still waiting for results or 公示 is shown.
  useEffect(() => {
    if (taskId !== null || !tasks.data) return;
    const drawn = tasks.data.filter((t) => t.liveDrawId !== null);
    const next = drawn.find((t) => t.state !== '已公示') ?? drawn[0];
    if (next) goTo('results', next.id, true);
  }, [taskId, tasks.data]);
  const rows = results.rows;
  const editRow = rows.find((r) => r.entityId === editing) ?? null;
  const entered = rows.filter((r) => r.result).length;
  // The header checkbox selects by exclusion (every row but those listed), not by listing them.
  const picked = (id: number) => (selection.type === 'include' ? selection.ids.has(id) : !selection.ids.has(id));
  const selected = rows.map((r) => r.entityId).filter(picked);

  async function saveOne(row: TaskResultRow, result: ResultInput, correctionReason?: string) {
    await results.save([row.entityId], result, false, correctionReason);
    if (result.inspectedOn) setLastDate(result.inspectedOn);
    const next = rows[rows.findIndex((r) => r.entityId === row.entityId) + 1];
    if (next) setEditing(next.entityId);
    else {
      closeForm(row.entityId);
      notify.success(`已保存“${row.name}”。这是最后一户。`);
    }
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <ResultsTaskPicker tasks={tasks.data ?? []} value={taskId} onChange={(id) => goTo('results', id)} />
        {task && (
          <EntryProgress entered={entered} total={rows.length} publication={board.data?.find((p) => p.taskId === task.id) ?? null} />
        )}
      </Box>
      {task && (
        <ResultsToolbar
          taskId={task.id}
          selected={rows.filter((r) => picked(r.entityId))}
          onBulk={() => setBulk(true)}
          onImport={() => importer.start(task.code)}
          onReviewed={() => {
            results.reload();
            refreshTask();
            setSelection(NONE);
          }}
        />
      )}
      <ErrorAlert error={tasks.error ?? results.error} />
      {task && (
        <Box sx={{ flex: 1, minHeight: 260, display: 'flex', gap: 1.5 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <ResultsGrid
              apiRef={gridApi}
              rows={rows}
              loading={results.loading}
              codes={codes}
              selection={selection}
              onSelection={setSelection}
              editing={editing}
              onOpen={(row) => setEditing(row.entityId)}
            />
          </Box>
          {editRow && (
            <ResultSideForm
              key={editRow.entityId}
              row={editRow}
              total={rows.length}
              lastDate={lastDate}
              codes={codes}
              items={task.items}
              onSave={saveOne}
              onCancel={() => closeForm(editRow.entityId)}
            />
          )}
        </Box>
      )}
      {bulk && (
        <BulkResultDialog
          count={selected.length}
          codes={codes}
          items={task?.items ?? []}
          onClose={() => setBulk(false)}
          onSave={async (result, presentAsTeam) => {
            await results.save(selected, result, presentAsTeam);
            setBulk(false);
            setSelection(NONE);
            notify.success(`已为 ${selected.length} 户设置检查结果`);
          }}
        />
      )}
      {importer.problems && <ImportProblemsDialog error={importer.problems} onClose={importer.dismiss} />}
      <ResultImportDialog importer={importer} />
    </Box>
  );
}
