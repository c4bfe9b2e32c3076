import type ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';
import { detectHeader, headerNotFoundMessage, isRepeatedHeader, type ColumnSpec, type HeaderMatch } from './header-detect.ts';
import { worksheetRows, type SheetRow } from './sheet-rows.ts';

/** A table found in a workbook: its sheet, its header and the rows below the header. */
export interface FoundTable<K extends string> {
  sheetName: string;
  header: HeaderMatch<K>;
  /** Non-blank rows below the header, repeated header rows left out. */
  rows: SheetRow[];
}

/**
 * Finds the first visible worksheet (in tab order) with a recognisable header and returns its data
 * rows; hidden sheets (lookup lists, old versions) are not what the clerk means to import.
 * When none has one, the AppError names the file and the required columns the best candidate
 * lacks, so the clerk knows which column to add or rename.
 */
export function findTable<K extends string>(workbook: ExcelJS.Workbook, specs: readonly ColumnSpec<K>[], filePath: string): FoundTable<K> {
  let closest: HeaderMatch<K> | null = null;
  for (const sheet of workbook.worksheets.filter((ws) => ws.state === 'visible' || !ws.state)) {
    const rows = worksheetRows(sheet);
    const header = detectHeader(rows, specs);
    if (header && header.missing.length === 0) {
      const below = rows.filter((r) => r.number > header.rowNumber && !isRepeatedHeader(r, header));
      return { sheetName: sheet.name, header, rows: below };
    }
    if (header && (!closest || header.missing.length < closest.missing.length)) closest = header;
  }
  const missing = closest?.missing ?? specs.filter((s) => s.required).map((s) => s.label);
  throw new AppError(`文件${quotedFileName(filePath)}中${headerNotFoundMessage(missing)}。`, {
    cause: `no header row with ${missing.join(', ')}`,
  });
}
