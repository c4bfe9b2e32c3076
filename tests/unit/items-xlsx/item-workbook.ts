import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Db } from '../../../electron/core/db/connection.ts';
import { selectAllItems } from '../../../electron/core/items/item-rows.ts';
import type { Item } from '../../../electron/core/items/item-schema.ts';
import { tempDir } from '../temp-db.ts';

/** The official list's header, as the bureau's Word table has it. */
export const OFFICIAL_HEADER = ['序号', '抽查事项', '检查依据', '检查内容', '检查方式', '适用\n对象', '备注'];

export type Cell = string | number | null | ExcelJS.CellValue;

/** Writes a real .xlsx with the given sheets (rows from row 1) into a fresh folder. */
export async function writeWorkbook(name: string, sheets: { name: string; rows: Cell[][]; hidden?: boolean }[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    sheet.rows.forEach((row, i) => {
      ws.getRow(i + 1).values = row as ExcelJS.CellValue[];
    });
  }
  const file = path.join(tempDir(), name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** One row of the official list for an item. */
export function officialRow(item: Pick<Item, 'name' | 'basis' | 'content' | 'method' | 'target' | 'category'>, seq: Cell): Cell[] {
  return [seq, item.name, item.basis, item.content, item.method, item.target, item.category];
}

/** Everything stored about items, timestamps included: equal snapshots mean nothing was written. */
export function snapshot(db: Db): string {
  return JSON.stringify(selectAllItems(db));
}

/** An item's content without identity or timestamps, for comparing two databases. */
export function contentOf(item: Item): Omit<Item, 'id' | 'createdAt' | 'updatedAt' | 'retiredAt'> {
  const { id: _id, createdAt: _c, updatedAt: _u, retiredAt: _r, ...rest } = item;
  return rest;
}
