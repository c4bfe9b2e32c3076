import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { writeWorkbookFile } from '../files/atomic-write.ts';
import { getDepartment } from '../departments/department-service.ts';
import { getTask } from '../tasks/task-service.ts';
import type { Task } from '../tasks/task-schema.ts';
import type { WritableCell } from '../xlsx/safe-cell.ts';
import { addTableSheet, type TableColumn } from '../xlsx/table-writer.ts';
import { listResultCodes } from './result-codes.ts';
import { itemDepartmentId, resultDepartmentId } from './result-department.ts';
import { PART_LABELS, type FindingPart } from './result-import-items.ts';
import type { TaskResultRow } from './result-schema.ts';
import { taskResults } from './result-service.ts';

/** What `exportResults` wrote. */
export interface ResultExport {
  path: string;
  /** Drawn entities, one row each. */
  count: number;
  /** Of them, with a result entered. */
  entered: number;
}

const PARTS: FindingPart[] = ['checked', 'problem', 'handling'];

export interface ResultColumn extends TableColumn {
  value: (row: TaskResultRow) => WritableCell;
}
type Column = ResultColumn;

/**
 * The sheet's columns: the ones the results import reads, under the names it reads them by, and
 * per 检查事项 its 是否检查 / 发现问题 / 处置情况 headed “事项名称-是否检查”; 名称, 检查组 and 结果说明
 * are for the reader only (the import passes over them). 更正理由 is left for the clerk.
 */
export function resultColumns(db: Db, taskCode: string, items: readonly { id: number; name: string }[]): Column[] {
  const labels = new Map(listResultCodes(db).map((c) => [c.code, c.label]));
  const r = (row: TaskResultRow) => row.result;
  const nameOf = (row: TaskResultRow, cert: string) => row.team.find((t) => t.certNo === cert)?.name ?? cert;
  const fixed: Column[] = [
    { header: '任务编号', width: 11, align: 'center', value: () => taskCode },
    { header: '统一社会信用代码', width: 21, align: 'center', value: (row) => row.code },
    { header: '名称', width: 26, value: (row) => row.name },
    { header: '检查组', width: 14, value: (row) => row.team.map((t) => t.name).join('、') },
    { header: '检查结果', width: 10, align: 'center', value: (row) => r(row)?.codes.join('、') ?? '' },
    {
      header: '结果说明',
      width: 22,
      value: (row) =>
        r(row)
          ?.codes.map((c) => labels.get(c) ?? c)
          .join('；') ?? '',
    },
    { header: '检查日期', width: 11, align: 'center', value: (row) => r(row)?.inspectedOn ?? '' },
    { header: '核查方式', width: 14, value: (row) => r(row)?.methods.join('、') ?? '' },
    { header: '后续处置', width: 26, value: (row) => r(row)?.disposal ?? '' },
    { header: '发现问题', width: 20, value: (row) => r(row)?.findings ?? '' },
    { header: '备注', width: 14, value: (row) => r(row)?.notes ?? '' },
    {
      header: '实到执法人员',
      width: 14,
      value: (row) =>
        r(row)
          ?.inspectorsPresent.map((c) => nameOf(row, c))
          .join('、') ?? '',
    },
  ];
  const perItem = items.flatMap((item, i) =>
    PARTS.map((part): Column => ({
      header: `${item.name}-${PART_LABELS[part]}`,
      width: part === 'checked' ? 10 : 18,
      align: part === 'checked' ? 'center' : 'left',
      value: (row) => {
        const f = r(row)?.itemFindings[i];
        if (!f) return '';
        return part === 'checked' ? (f.checked ? '是' : '否') : f[part];
      },
    })),
  );
  return [...fixed, ...perItem, { header: '更正理由', width: 18, value: () => '' }];
}

/** The rows and the 检查事项 of one department's results sheet (本局's for a single-department task). */
export interface ResultSheetData {
  task: Task;
  /** A joint task's department; null for a single-department task, whose sheet is as it always was. */
  department: { id: number; name: string } | null;
  items: Task['items'];
  rows: TaskResultRow[];
}

/**
 * What a task's results sheet holds. A joint task's results are per department ("谁检查、谁录入"),
 * so one must be named: its members of each team, its result, its items' columns only.
 */
export function resultSheetData(db: Db, taskId: number, departmentId?: number): ResultSheetData {
  const task = getTask(db, taskId);
  const chosen = resultDepartmentId(db, task, departmentId);
  const rows = taskResults(db, taskId, task.joint ? chosen : undefined);
  if (rows.length === 0) throw new AppError(`任务 ${task.code} 还没有有效的抽取结果，没有可导出的检查对象。`);
  if (!task.joint) return { task, department: null, items: task.items, rows };
  const items = task.items.filter((i) => itemDepartmentId(i) === chosen);
  return { task, department: { id: chosen, name: getDepartment(db, chosen).name }, items, rows };
}

/** Adds the 检查结果 sheet (title, header, one row per drawn entity) to a workbook. */
export function addResultSheet(db: Db, workbook: ExcelJS.Workbook, data: ResultSheetData) {
  const { task, department, items, rows } = data;
  const columns = resultColumns(db, task.code, items);
  const { sheet, headerRow } = addTableSheet(workbook, {
    sheetName: '检查结果',
    title: `${task.name}（${task.code}）${department ? `${department.name}` : ''}检查结果`,
    columns,
    rows: rows.map((row) => columns.map((c) => c.value(row))),
    landscape: true,
  });
  return { sheet, headerRow, columns };
}

/**
 * A task's drawn entities with their results so far, one row each, in a sheet that the results
 * import reads back unchanged: to fill in away from the program, to print, or to check. A joint
 * task's sheet is one department's (`departmentId`).
 */
export async function exportResults(db: Db, taskId: number, outPath: string, departmentId?: number): Promise<ResultExport> {
  const data = resultSheetData(db, taskId, departmentId);
  const workbook = new ExcelJS.Workbook();
  addResultSheet(db, workbook, data);
  await writeWorkbookFile(workbook, outPath);
  return { path: outPath, count: data.rows.length, entered: data.rows.filter((r) => r.result).length };
}
