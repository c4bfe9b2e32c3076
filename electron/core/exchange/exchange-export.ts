import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { writeWorkbookFile } from '../files/atomic-write.ts';
import { resultSheetData } from '../results/result-export.ts';
import { addCoverSheet } from './exchange-cover.ts';
import { exchangePart } from './exchange-part.ts';
import { addExchangeResultSheet } from './exchange-result-sheet.ts';
import { addPartSheets } from './exchange-sheets.ts';

/** What `exportExchange` wrote. */
export interface ExchangeExport {
  path: string;
  /** The department, as printed on the cover. */
  department: string;
  /** Drawn entities (every one: each department visits each). */
  count: number;
  /** The department's members placed on teams (one per entity and slot). */
  members: number;
  /** The department's items. */
  items: number;
  /** Entities whose result the department already has (a re-export after a partial return). */
  entered: number;
}

/**
 * A department's part of a drawn joint task, for a department that does not run this program:
 * one workbook with the cover (说明), 检查对象, 执法人员, 抽查事项, the 检查结果 sheet to fill and
 * return (its own items' columns only; read back by the results import for that department) and
 * the 选项 its drop-downs use. Reads only, like every export.
 */
export async function exportExchange(db: Db, taskId: number, departmentId: number, outPath: string): Promise<ExchangeExport> {
  const part = exchangePart(db, taskId, departmentId);
  const results = resultSheetData(db, taskId, departmentId);
  const workbook = new ExcelJS.Workbook();
  addCoverSheet(workbook, part);
  addPartSheets(workbook, part);
  addExchangeResultSheet(db, workbook, results);
  workbook.views = [{ activeTab: 0, firstSheet: 0, x: 0, y: 0, width: 12000, height: 8000, visibility: 'visible' }];
  await writeWorkbookFile(workbook, outPath);
  return {
    path: outPath,
    department: part.department.name,
    count: part.entities.length,
    members: part.entities.reduce((sum, e) => sum + e.members.length, 0),
    items: part.items.length,
    entered: results.rows.filter((r) => r.result).length,
  };
}
