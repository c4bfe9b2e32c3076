import path from 'node:path';
import ExcelJS from 'exceljs';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { exportExchange } from '../../../electron/core/exchange/exchange-export.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { PEOPLE } from '../draw/draw-fixtures.ts';
import { jointDesk, makeJointTask } from '../joint/joint-fixtures.ts';
import { tempContext, tempDir } from '../temp-db.ts';

/** The clerk's date: after every inspection date below; the draw is on 2026-11-24. */
export const TODAY = '2027-03-01';

/** A drawn joint task (本局 leads, 县应急管理局 and 县卫生健康局 take part), 6 entities. */
export function drawnJointTask() {
  const ctx = tempContext();
  const desk = jointDesk(ctx.db);
  saveSettings(ctx.db, { contactName: '李联系', contactPhone: '0352-6666666' });
  const task = makeJointTask(ctx.db, desk, { count: 6 });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '5a'.repeat(32));
  return { ...ctx, desk, task: getTask(ctx.db, task.id) };
}

/** Exports a department's part into a fresh folder; returns the file. */
export async function exportedPart(db: Parameters<typeof exportExchange>[0], taskId: number, departmentId: number): Promise<string> {
  const file = path.join(tempDir(), '交换表.xlsx');
  await exportExchange(db, taskId, departmentId, file);
  return file;
}

/** The workbook as a clerk opens it. */
export async function openBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's rows as text (title row first), trailing blanks dropped. */
export function sheetText(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  });
  return rows;
}

/**
 * The department's clerk at work: sets cells of the 检查结果 sheet by header (row 0 = the first
 * entity), adds lines below the table, and saves the file again as Excel or WPS would.
 */
export async function fillAsAClerk(
  file: string,
  fill: { row: number; cells: Record<string, string | number | Date> }[],
  below: (string | null)[][] = [],
): Promise<string> {
  const wb = await openBook(file);
  const sheet = wb.getWorksheet('检查结果')!;
  const header = sheet.getRow(2);
  const columnOf = new Map<string, number>();
  header.eachCell((cell, c) => columnOf.set(String(cell.value), c));
  for (const { row, cells } of fill) {
    for (const [heading, value] of Object.entries(cells)) {
      const c = columnOf.get(heading);
      if (c === undefined) throw new Error(`no column ${heading}`);
      sheet.getCell(3 + row, c).value = value;
    }
  }
  const last = sheet.rowCount;
  below.forEach((line, i) => {
    line.forEach((v, c) => {
      if (v !== null) sheet.getCell(last + 2 + i, c + 1).value = v;
    });
  });
  const out = file.replace(/\.xlsx$/, '（已填）.xlsx');
  await wb.xlsx.writeFile(out);
  return out;
}
