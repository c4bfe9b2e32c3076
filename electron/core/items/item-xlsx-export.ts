import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { getSettings } from '../settings/settings-service.ts';
import { writeWorkbookFile } from '../files/atomic-write.ts';
import type { WritableCell } from '../xlsx/safe-cell.ts';
import { addTableSheet } from '../xlsx/table-writer.ts';
import { ITEM_COLUMNS } from './item-columns.ts';
import type { Item } from './item-schema.ts';
import { listItems } from './item-service.ts';

/** The sheet name our export uses; import accepts any sheet with a recognisable header. */
const ITEM_SHEET_NAME = '抽查事项清单';

/**
 * Writes the active items, in 序号 order, laid out like the official 随机抽查事项清单 (title, 序号 …
 * 备注) plus 事项级别 / 抽查比例 / 抽查频次, on A4 landscape with the header repeated on every page.
 * Importing the file back changes nothing.
 */
export async function exportItemsXlsx(db: Db, outPath: string): Promise<{ path: string; count: number }> {
  const settings = getSettings(db);
  const items = listItems(db);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = settings.bureauName;
  workbook.created = new Date();
  addTableSheet(workbook, {
    sheetName: ITEM_SHEET_NAME,
    title: `${settings.bureauName}随机抽查事项清单`,
    columns: ITEM_COLUMNS.map(({ label, width, align }) => ({ header: label, width, align })),
    rows: items.map(itemCells),
    landscape: true,
  });
  await writeWorkbookFile(workbook, outPath);
  return { path: outPath, count: items.length };
}

function itemCells(item: Item): WritableCell[] {
  return ITEM_COLUMNS.map(({ key }) => (key === 'departmentId' ? (item.departmentName ?? '') : item[key]));
}
