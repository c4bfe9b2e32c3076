import type ExcelJS from 'exceljs';
import { estimateRowHeight } from './row-height.ts';
import { safeCellValue, type WritableCell } from './safe-cell.ts';
import { BODY_FONT, BORDER, HEADER_FILL, HEADER_FONT, PAGE_FOOTER, printSetup, TITLE_FONT } from './table-style.ts';

/** One column of a printed table. */
export interface TableColumn {
  header: string;
  /** Width in Excel character units (one CJK character is about 2). */
  width: number;
  /** Short codes and numbers read best centred; prose is left aligned. */
  align?: 'left' | 'center';
  /** Excel number format, e.g. '0.##'. */
  numFmt?: string;
}

/** A whole sheet: an optional title above a header row and the data rows. */
export interface TableSheetSpec {
  sheetName: string;
  /** Merged across all columns above the header, e.g. “…随机抽查事项清单”. */
  title?: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly WritableCell[])[];
  /** A4 landscape for wide lists; portrait otherwise. */
  landscape?: boolean;
}

/**
 * Adds a sheet laid out for printing as an official table: bold title merged across the columns,
 * a bold shaded header frozen on screen and repeated on every printed page, thin borders, wrapped
 * text, A4 fitted to the page width. Cell values pass `safeCellValue`, so user text (even "=1+1")
 * is always written as text. Returns the sheet and the header's row number.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, spec: TableSheetSpec): { sheet: ExcelJS.Worksheet; headerRow: number } {
  const sheet = workbook.addWorksheet(sheetNameFor(spec.sheetName));
  spec.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });
  const headerRow = spec.title ? 2 : 1;
  if (spec.title) writeTitle(sheet, spec.title, spec.columns.length);
  writeHeader(sheet, headerRow, spec.columns);
  spec.rows.forEach((values, i) => writeDataRow(sheet, headerRow + 1 + i, spec.columns, values));
  setupPrinting(sheet, headerRow, spec.landscape ?? false);
  return { sheet, headerRow };
}

function writeTitle(sheet: ExcelJS.Worksheet, title: string, columnCount: number): void {
  const row = sheet.getRow(1);
  row.getCell(1).value = safeCellValue(title);
  if (columnCount > 1) sheet.mergeCells(1, 1, 1, columnCount);
  row.height = 36;
  row.getCell(1).font = TITLE_FONT;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function writeHeader(sheet: ExcelJS.Worksheet, rowNumber: number, columns: readonly TableColumn[]): void {
  const row = sheet.getRow(rowNumber);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = safeCellValue(column.header);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const headers = columns.map((c) => c.header);
  row.height = Math.max(
    28,
    estimateRowHeight(
      headers,
      columns.map((c) => c.width),
      HEADER_FONT.size,
    ),
  );
}

function writeDataRow(sheet: ExcelJS.Worksheet, rowNumber: number, columns: readonly TableColumn[], values: readonly WritableCell[]): void {
  const row = sheet.getRow(rowNumber);
  const safe = columns.map((column, i) => safeCellValue(values[i] ?? null, { row: rowNumber, column: column.header }));
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = safe[i] ?? null;
    cell.font = BODY_FONT;
    cell.border = BORDER;
    cell.alignment = { horizontal: column.align ?? 'left', vertical: 'middle', wrapText: true };
    if (column.numFmt) cell.numFmt = column.numFmt;
  });
  row.height = Math.max(
    20,
    estimateRowHeight(
      safe,
      columns.map((c) => c.width),
      BODY_FONT.size,
    ),
  );
}

function setupPrinting(sheet: ExcelJS.Worksheet, headerRow: number, landscape: boolean): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  sheet.pageSetup = printSetup(headerRow, landscape);
  sheet.headerFooter = { oddFooter: PAGE_FOOTER };
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function sheetNameFor(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet1';
}
