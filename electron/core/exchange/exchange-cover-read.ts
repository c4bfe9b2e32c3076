import type ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { getDepartment } from '../departments/department-service.ts';
import { AppError } from '../errors.ts';
import { getTask } from '../tasks/task-service.ts';
import { cellText } from '../xlsx/cell-value.ts';
import { normaliseHeaderText } from '../xlsx/header-detect.ts';
import { worksheetRows } from '../xlsx/sheet-rows.ts';
import { COVER_DEPARTMENT_LABEL, COVER_TASK_LABEL } from './exchange-cover.ts';

/** What an exchanged workbook's cover says it is: whose part of which task. */
export interface ExchangeCover {
  taskCode: string;
  department: string;
}

/**
 * The cover of a workbook made by the exchange export, or null for any other results file: a sheet
 * (hidden or not) with a 任务编号 line and a 填报部门 line in column A, the value beside each.
 */
export function readExchangeCover(workbook: ExcelJS.Workbook): ExchangeCover | null {
  for (const sheet of workbook.worksheets) {
    const found = new Map<string, string>();
    for (const row of worksheetRows(sheet)) {
      const label = normaliseHeaderText(cellText(row.cells[0] ?? ''));
      if (label !== COVER_TASK_LABEL && label !== COVER_DEPARTMENT_LABEL) continue;
      const value =
        row.cells
          .slice(1)
          .map((c) => cellText(c).trim())
          .find(Boolean) ?? '';
      if (!found.has(label)) found.set(label, value);
    }
    const taskCode = found.get(COVER_TASK_LABEL);
    const department = found.get(COVER_DEPARTMENT_LABEL);
    if (taskCode !== undefined && department !== undefined) return { taskCode, department };
  }
  return null;
}

/**
 * The file's cover against what the clerk chose: a file of another task or of another department
 * is refused whole (its rows would be the wrong results). `department` is the cover's department
 * as found in the list (undefined when the list has no such name).
 */
export function checkExchangeCover(
  db: Db,
  cover: ExchangeCover,
  fileName: string,
  chosen: { taskId: number; departmentId: number | undefined; coverDepartmentId: number | undefined },
): void {
  const task = getTask(db, chosen.taskId);
  const theirs = `“${fileName}”是任务 ${cover.taskCode || '（未写）'}、${cover.department || '（未写部门）'}的交换表`;
  if (cover.taskCode.replace(/\s+/g, '') !== task.code) {
    throw new AppError(`${theirs}，不是任务 ${task.code}“${task.name}”的，没有导入。请选择本任务导出给该部门的文件。`);
  }
  if (chosen.coverDepartmentId === undefined) {
    throw new AppError(`${theirs}，但部门名单中没有“${cover.department}”，没有导入。请核对首页“填报部门”未被改动。`);
  }
  if (chosen.departmentId !== undefined && chosen.departmentId !== chosen.coverDepartmentId) {
    const dept = getDepartment(db, chosen.departmentId);
    throw new AppError(`${theirs}，不是${dept.name}的，没有导入。请选择${dept.name}交回的文件，或改选部门“${cover.department}”。`);
  }
}
