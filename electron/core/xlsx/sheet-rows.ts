import type { Cell, Worksheet } from 'exceljs';
import { cellText, isBlankCell, plainCellValue, type PlainCell } from './cell-value.ts';

/** One spreadsheet row as importers see it; `cells[0]` is column A. */
export interface SheetRow {
  /** The row number Excel shows, for messages. */
  number: number;
  cells: PlainCell[];
}

/**
 * The non-blank rows of a worksheet as plain cells. A cell inside a merged range reads as the
 * range's value (official lists merge 备注 down several rows); a number formatted as a percentage
 * reads as the text the clerk sees ("5%"), since 0.05 alone would be misread as 0.05%.
 */
export function worksheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: PlainCell[] = [];
    for (let col = 1; col <= width; col += 1) cells.push(readCell(row.getCell(col)));
    if (!isBlankRow(cells)) rows.push({ number, cells });
  });
  return rows;
}

function readCell(cell: Cell): PlainCell {
  const value = plainCellValue(cell.value);
  if (typeof value === 'number' && /%/.test(cell.numFmt ?? '')) {
    return `${Number((value * 100).toPrecision(12))}%`;
  }
  return value;
}

/** True when no cell of the row holds anything visible. */
export function isBlankRow(cells: readonly PlainCell[]): boolean {
  return cells.every(isBlankCell);
}
