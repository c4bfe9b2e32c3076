import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { writeWorkbookFile } from '../files/atomic-write.ts';
import { addTableSheet, type TableColumn } from '../xlsx/table-writer.ts';
import { gsxtRows, TASK_KIND_HEADER, type GsxtHeader } from './gsxt-rows.ts';

/** What the export wrote and what it left out. */
export interface GsxtExportResult {
  path: string;
  /** Rows written: one per entity and 检查事项. */
  count: number;
  /** Entities in the sheet (all 已公示). */
  entities: number;
  /** Drawn entities not yet 已公示, so not in the sheet (in a joint task: results, one per entity and department). */
  leftOut: number;
  /** A 部门联合抽查's sheet (任务类型 跨部门, 抽查机关 per department). */
  joint: boolean;
  taskNationalCode: string;
  planNationalCode: string | null;
}

// Widths in Excel character units (a CJK character is about 2): a code of 18 characters needs 20.
const WIDTHS: Record<GsxtHeader, number> = {
  抽查计划编号: 17,
  抽查计划名称: 24,
  抽查任务编号: 21,
  抽查任务名称: 24,
  抽查类型: 9,
  [TASK_KIND_HEADER]: 9,
  抽查机关: 26,
  抽查完成日期: 13,
  统一社会信用代码: 21,
  注册号: 17,
  名称: 28,
  检查事项: 30,
  检查结果: 11,
  发现问题: 26,
  处置情况: 26,
  结果代码: 26,
  公示日期: 12,
};

/**
 * Every cell is text ('@'): codes and numbers must never become numbers (an 18-digit code loses
 * its last digits, 91310115MA1K3BTP2B-like codes stay as typed), and dates are YYYY-MM-DD text
 * because an upload reads the cell's text; a real date cell reaches it as a serial number (46361)
 * or in the PC's own date format, and a clerk saving the sheet as CSV keeps the text as it is.
 */
function columnsOf(headers: readonly GsxtHeader[]): TableColumn[] {
  return headers.map((header) => ({
    header,
    width: WIDTHS[header],
    numFmt: '@',
    align: header === '抽查类型' || header === TASK_KIND_HEADER || header === '检查结果' ? 'center' : 'left',
  }));
}

/**
 * The sheet for 国家企业信用信息公示系统: one row per 已公示 entity and 检查事项 (a joint task's: of
 * every department, or of the one given, 抽查机关 per row its department), the header in the
 * first row (no title above it, so an upload takes the first row as the header), frozen. Drawn
 * entities not yet 已公示 are left out and counted; none 已公示 is refused in Chinese.
 */
export async function exportGsxt(db: Db, taskId: number, outPath: string, actor = '', departmentId?: number): Promise<GsxtExportResult> {
  const { task, headers, rows, entities, leftOut } = gsxtRows(db, taskId, actor, departmentId);
  const COLUMNS = columnsOf(headers);
  const workbook = new ExcelJS.Workbook();
  const { sheet } = addTableSheet(workbook, {
    sheetName: '抽查检查结果',
    columns: COLUMNS,
    rows: rows.map((r) => headers.map((h) => r[h] ?? '')),
    landscape: true,
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  await writeWorkbookFile(workbook, outPath);
  return {
    path: outPath,
    count: rows.length,
    entities,
    leftOut,
    joint: task.joint,
    taskNationalCode: rows[0]!.抽查任务编号,
    planNationalCode: task.planId === null ? null : rows[0]!.抽查计划编号,
  };
}
