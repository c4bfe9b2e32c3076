import { useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import { useGridApiRef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { todayText } from '../common/format-time.ts';
import { goTo } from '../shell/use-hash-route.ts';
import { BulkResultDialog } from './BulkResultDialog.tsx';
import { CombinedResultDialog } from './CombinedResultDialog.tsx';
import { DepartmentPicker } from './DepartmentPicker.tsx';
import { departmentLabel } from './department-label.ts';
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
import { useResultDepartment } from './use-result-department.ts';
import { useCombinedResults, useTaskResults } from './use-task-results.ts';

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
  const task = tasks.data?.find((t) => t.id === taskId) ?? null;
  const joint = task?.joint ?? false;
  // "谁检查、谁录入": a joint task's results are entered, reviewed and returned per department.
  const [departmentId, chooseDepartment] = useResultDepartment(task);
  const department = task?.departments.find((d) => d.departmentId === departmentId) ?? null;
  const results = useTaskResults(task?.id ?? null, refreshTask, departmentId, joint);
  const combined = useCombinedResults(task?.id ?? null, joint);
  const [combinedOf, setCombinedOf] = useState<number | null>(null);
  const partsOf = useMemo(() => combined && new Map([...combined].map(([id, r]) => [id, r.departments ?? []])), [combined]);
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
  // The entry panel and 批量设置 show the chosen department's items only.
  const items = department ? (task?.items ?? []).filter((i) => department.itemIds.includes(i.id)) : (task?.items ?? []);
  const combinedRow = combinedOf === null ? null : (combined?.get(combinedOf) ?? null);
  function switchDepartment(id: number) {
    setEditing(null);
    setSelection(NONE);
    chooseDepartment(id);
  }

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
          <EntryProgress
            entered={entered}
            total={rows.length}
            publication={board.data?.find((p) => p.taskId === task.id) ?? null}
            department={department ? departmentLabel(department) : undefined}
          />
        )}
      </Box>
      {task && department && <DepartmentPicker task={task} value={department.departmentId} onChange={switchDepartment} />}
      {task && (
        <ResultsToolbar
          taskId={task.id}
          departmentId={departmentId}
          selected={rows.filter((r) => picked(r.entityId))}
          onBulk={() => setBulk(true)}
          onImport={() => importer.start(joint ? { taskId: task.id, departmentId } : task.code)}
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
              combined={partsOf ?? undefined}
              onCombined={(row) => setCombinedOf(row.entityId)}
            />
          </Box>
          {editRow && (
            <ResultSideForm
              key={editRow.entityId}
              row={editRow}
              total={rows.length}
              lastDate={lastDate}
              codes={codes}
              items={items}
              department={department?.name}
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
          items={items}
          department={department?.name}
          onClose={() => setBulk(false)}
          onSave={async (result, presentAsTeam) => {
            await results.save(selected, result, presentAsTeam);
            setBulk(false);
            setSelection(NONE);
            notify.success(`已为 ${selected.length} 户设置检查结果`);
          }}
        />
      )}
      {task && combinedRow && <CombinedResultDialog row={combinedRow} task={task} codes={codes} onClose={() => setCombinedOf(null)} />}
      {importer.problems && <ImportProblemsDialog error={importer.problems} onClose={importer.dismiss} />}
      <ResultImportDialog importer={importer} />
    </Box>
  );
}
