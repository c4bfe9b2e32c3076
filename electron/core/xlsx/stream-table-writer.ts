import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { safeCellValue, type WritableCell } from './safe-cell.ts';
import type { TableColumn } from './table-writer.ts';
import { BODY_FONT, BORDER, HEADER_FILL, HEADER_FONT, PAGE_FOOTER, printSetup, TITLE_FONT } from './table-style.ts';

export interface LargeTableSpec {
  sheetName: string;
  title?: string;
  columns: readonly TableColumn[];
  rows: Iterable<readonly WritableCell[]>;
  landscape?: boolean;
}

/**
 * The same printed-table look as addTableSheet, streamed row by row so a 200,000-row roster is
 * never a whole workbook in memory. Rows get the default height (no per-row estimate): a roster
 * line is short. Written to a temporary file first, so a failure leaves no half file.
 */
export async function writeLargeTable(outPath: string, spec: LargeTableSpec): Promise<number> {
  await writeFileAtomic(outPath, new Uint8Array()); // fails early, in Chinese, if the folder is not writable
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.stream.tmp`);
  let count = 0;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    const headerRow = spec.title ? 2 : 1;
    const sheet = workbook.addWorksheet(spec.sheetName.slice(0, 31), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
      pageSetup: printSetup(headerRow, spec.landscape ?? false),
      headerFooter: { oddFooter: PAGE_FOOTER },
    });
    sheet.columns = spec.columns.map((c) => ({ width: c.width }));
    if (spec.title) writeTitle(sheet, spec.title, spec.columns.length);
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.eachCell((cell) =>
      Object.assign(cell, {
        font: HEADER_FONT,
        fill: HEADER_FILL,
        border: BORDER,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      }),
    );
    header.height = 28;
    header.commit();
    for (const values of spec.rows) {
      const rowNumber = headerRow + 1 + count;
      const row = sheet.addRow(spec.columns.map((c, i) => safeCellValue(values[i] ?? null, { row: rowNumber, column: c.header })));
      spec.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.font = BODY_FONT;
        cell.border = BORDER;
        cell.alignment = { horizontal: c.align ?? 'left', vertical: 'middle', wrapText: true };
      });
      row.commit();
      count += 1;
    }
    sheet.commit();
    await workbook.commit();
    await fs.rename(tmp, outPath);
  } finally {
    await fs.rm(tmp, { force: true });
  }
  return count;
}

function writeTitle(sheet: ExcelJS.Worksheet, title: string, columnCount: number): void {
  const row = sheet.addRow([title]);
  if (columnCount > 1) sheet.mergeCells(1, 1, 1, columnCount);
  row.height = 36;
  row.getCell(1).font = TITLE_FONT;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  row.commit();
}
