import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { errorCellsOf, excelErrorMessage } from '../xlsx/excel-error.ts';
import { isOutsideTable } from '../import/row-outcome.ts';
import { findTaskId, getTask } from '../tasks/task-service.ts';
import { cellText } from '../xlsx/cell-value.ts';
import { listResultCodes } from './result-codes.ts';
import { itemDepartmentId, resultDepartmentId } from './result-department.ts';
import { resultOfRow } from './result-import-fields.ts';
import { isItemHeading, taskItemColumns, type TaskItemColumns } from './result-import-items.ts';
import { sheetRow, type ResultSheetRow, type ResultTable } from './result-import-sheet.ts';
import { drawDateOf, taskResults } from './result-service.ts';
import type { ResultFields, TaskResultRow } from './result-schema.ts';

/** One file row after its checks: what it would write, or why it cannot. */
export interface CheckedResultRow {
  row: number;
  /** The task's code, or what the row (or the chosen task) names when no such task exists. */
  task: string;
  code: string;
  /** The drawn entity the code names, with its result so far; null when the code names none. */
  entity: TaskResultRow | null;
  reasons: string[];
  /** Present exactly when `reasons` is empty; `correctionReason` is the row's 更正理由 ('' if none). */
  write: {
    taskId: number;
    /** A joint task's department whose result this is; undefined for a single-department task (本局's). */
    departmentId: number | undefined;
    result: ResultFields;
    correctionReason: string;
    items: TaskSheet['items'];
  } | null;
  /** The row leaves an entity without a result as it is: its result cells are all blank (a template's unfilled row). */
  blank?: boolean;
}

interface TaskSheet {
  code: string;
  /** The department the file's rows are for in a joint task; undefined for a single-department task. */
  departmentId: number | undefined;
  drawnOn: string;
  items: { id: number; name: string }[];
  itemColumns: TaskItemColumns;
  /** The drawn entities by credit code. */
  entities: Map<string, TaskResultRow>;
  /** A joint task's department file: a blank 实到执法人员 of a new result is the department's drawn members. */
  blankPresentIsTeam: boolean;
}

/**
 * Checks every row of a results sheet against the database, reading only. A row may name its
 * task (任务编号 column); otherwise `taskRef` (the task on screen, or --task) is meant. A joint
 * task's rows are one department's (`departmentId`, required there): its members of each team,
 * its result, and columns for its own items only.
 */
export function checkResultRows(
  db: Db,
  table: ResultTable,
  taskRef: string | undefined,
  today: string,
  departmentId?: number,
): CheckedResultRow[] {
  const codes = listResultCodes(db).filter((c) => c.active);
  const active = new Set(codes.map((c) => c.code));
  const byLabel = new Map(
    codes.flatMap((c) => [
      [c.code, c.code],
      [c.label, c.code],
      [`${c.code}${c.label}`, c.code],
    ]),
  );
  const tasks = new Map<number, TaskSheet>();
  const taken = new Set(Object.values(table.header.columns) as number[]);
  const taskSheet = (taskId: number): TaskSheet => {
    const known = tasks.get(taskId);
    if (known) return known;
    const task = getTask(db, taskId);
    // Refuses a joint task without a department, and a department a task does not have.
    const chosen = resultDepartmentId(db, task, departmentId);
    const asked = task.joint ? chosen : undefined;
    const drawn = taskResults(db, taskId, asked);
    const items = task.joint ? task.items.filter((i) => itemDepartmentId(i) === chosen) : task.items;
    const whose = task.joint ? `${task.departments.find((d) => d.departmentId === chosen)?.name ?? ''}在本任务` : '本任务';
    const sheet = {
      code: task.code,
      departmentId: asked,
      drawnOn: drawn.length > 0 ? drawDateOf(db, taskId) : '',
      items: items.map(({ id, name }) => ({ id, name })),
      itemColumns: taskItemColumns(table.headings, taken, items, whose),
      entities: new Map(drawn.map((r) => [r.code, r])),
      blankPresentIsTeam: task.joint,
    };
    tasks.set(taskId, sheet);
    return sheet;
  };
  const firstRowOf = new Map<string, number>();
  const lines = table.rows.filter((line) => !belowTheTable(table, line));
  return lines.map((sheetLine) => {
    const row = sheetRow(table, sheetLine);
    const refused = (task: string, entity: TaskResultRow | null, reasons: string[]): CheckedResultRow => ({
      row: row.number,
      task,
      code: codeOf(row),
      entity,
      reasons,
      write: null,
    });
    // A cell showing #N/A holds no data: the row is refused, never read as text or as blank.
    const errors = errorCellsOf(sheetLine.cells, table.header.columns);
    if (errors.length > 0) {
      const task = errors.some((e) => e.key === 'task') ? '' : row.text('task');
      return refused(
        task || (taskRef ?? ''),
        null,
        errors.map((e) => `${row.where(e.key)}：${excelErrorMessage(e.code)}`),
      );
    }
    let taskId: number;
    try {
      taskId = findTaskId(db, row.text('task') || taskRef || '');
    } catch (err) {
      return refused(row.text('task') || (taskRef ?? ''), null, [
        `第 ${row.number} 行：${err instanceof AppError ? err.message : String(err)}`,
      ]);
    }
    const task = taskSheet(taskId);
    const entity = task.entities.get(codeOf(row));
    if (entity === undefined) return refused(task.code, null, [`${row.where('code')}：该代码不在任务的抽取结果中`]);
    // Two rows for one entity: which one is meant cannot be guessed; the first counts, later ones are refused.
    const key = `${taskId}|${entity.entityId}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) return refused(task.code, entity, [`${row.where('code')}：与第 ${first} 行是同一检查对象，每户只能有一行`]);
    firstRowOf.set(key, row.number);
    if (entity.result === null && blankResult(row, task.itemColumns)) {
      return { row: row.number, task: task.code, code: codeOf(row), entity, reasons: [], write: null, blank: true };
    }
    const { result, reasons } = resultOfRow(row, entity, { active, byLabel, today, ...task });
    const correctionReason = row.text('correction');
    if (correctionReason.length > 200) reasons.push(`${row.where('correction')}：更正理由不能超过 200 字`);
    if (result === null || reasons.length > 0) return refused(task.code, entity, reasons);
    return {
      row: row.number,
      task: task.code,
      code: codeOf(row),
      entity,
      reasons: [],
      write: { taskId, departmentId: task.departmentId, result, correctionReason, items: task.items },
    };
  });
}

/**
 * Lines a clerk adds below the table (填表人：…, 单位（盖章）, 合计, the date of filling in): no
 * credit code and no result or item cell, or a recognised footer. Nothing to import, so not a row.
 */
function belowTheTable(table: ResultTable, line: ResultTable['rows'][number]): boolean {
  if (isOutsideTable(line.cells.map((c) => cellText(c)))) return true;
  const row = sheetRow(table, line);
  if (row.text('code') !== '') return false;
  const itemCells = table.headings.flatMap((h, i) => (isItemHeading(h) ? [i] : []));
  return RESULT_CELLS.every((k) => row.text(k) === '') && itemCells.every((i) => row.textAt(i) === '');
}

const RESULT_CELLS = ['result', 'date', 'methods', 'disposal', 'findings', 'notes', 'present', 'correction'] as const;

/** No result cell and no item cell filled: an exported sheet's row not yet filled in. */
function blankResult(row: ResultSheetRow, items: TaskItemColumns): boolean {
  const itemCells = items.items.flatMap((i) => Object.values(i.columns));
  return RESULT_CELLS.every((k) => row.text(k) === '') && itemCells.every((c) => row.textAt(c) === '');
}

const codeOf = (row: ResultSheetRow) => row.text('code').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
