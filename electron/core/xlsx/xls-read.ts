import fs from 'node:fs';
import path from 'node:path';
import type * as XLSX from '@e965/xlsx';
import { AppError } from '../errors.ts';
import type { PlainCell } from './cell-value.ts';
import { quotedFileName } from './file-name.ts';
import { isBlankRow, type SheetRow } from './sheet-rows.ts';

/** One worksheet of a legacy workbook as SheetJS read it (dense: `!data[row][col]`, 0-based). */
export interface XlsSheet {
  name: string;
  hidden: boolean;
  cells: (XLSX.CellObject | undefined)[][];
  merges: XLSX.Range[];
}

/** A legacy .xls or WPS .et workbook, read whole: BIFF8 holds at most 65,536 rows a sheet. */
export interface XlsWorkbook {
  sheets: XlsSheet[];
  date1904: boolean;
}

/** SheetJS as this file uses it: its parser behind `XLSX.read` is exported but missing from the types. */
interface SheetJs {
  CFB: typeof XLSX.CFB;
  parse_xlscfb(cfb: unknown, options: XLSX.ParsingOptions): XLSX.WorkBook;
}

let sheetJs: Promise<SheetJs> | undefined;
/** SheetJS is loaded with the first .xls: about 60 ms that an .xlsx or CSV import need not pay. */
const loadSheetJs = () => (sheetJs ??= import('@e965/xlsx').then((m) => m as unknown as SheetJs));

/**
 * Reads an Excel 97–2003 (.xls) or WPS (.et) file in process with SheetJS. The compound file is
 * opened first, so that a password, an Excel 95 file or a Word document renamed .xls is told
 * apart from a damaged file, each with a message that names the file; SheetJS's own errors are
 * English and sometimes not even Error objects.
 *
 * Memory: SheetJS keeps each cell as an object in dictionary mode (about 0.5 KB a cell), so the
 * workbook of a full 65,000 × 10 sheet holds about 340 MB (the process peaks near 550 MB, in
 * about 2.7 s here); 5,000 rows hold about 26 MB. Callers keep what they need and drop it.
 */
export async function readXlsWorkbook(file: string): Promise<XlsWorkbook> {
  const { CFB, parse_xlscfb } = await loadSheetJs();
  let cfb: unknown;
  try {
    cfb = CFB.read(fs.readFileSync(file), { type: 'buffer' });
  } catch (err) {
    throw xlsError(file, 'damaged', err);
  }
  if (CFB.find(cfb, 'EncryptedPackage')) throw xlsError(file, 'encrypted', 'OOXML EncryptedPackage');
  if (!CFB.find(cfb, 'Workbook')) throw xlsError(file, CFB.find(cfb, 'Book') ? 'excel95' : 'notExcel', 'no BIFF8 Workbook stream');
  let book: XLSX.WorkBook;
  try {
    // Formulas and display text are never read: the cached value is what the clerk sees.
    book = parse_xlscfb(cfb, { dense: true, cellNF: true, cellText: false, cellFormula: false, cellHTML: false });
  } catch (err) {
    throw xlsError(file, /password-protected/i.test(String(err)) ? 'encrypted' : 'damaged', err);
  }
  const hidden = book.Workbook?.Sheets ?? [];
  return {
    date1904: book.Workbook?.WBProps?.date1904 ?? false,
    sheets: book.SheetNames.map((name, i) => {
      const sheet = book.Sheets[name] as XLSX.WorkSheet | undefined;
      return {
        name,
        hidden: (hidden[i]?.Hidden ?? 0) !== 0,
        cells: (sheet?.['!data'] as XlsSheet['cells'] | undefined) ?? [],
        merges: sheet?.['!merges'] ?? [],
      };
    }),
  };
}

/**
 * The non-blank rows of a sheet as the .xlsx streaming reader gives them (xlsx-stream.ts), so an
 * import reads an .xls exactly as the same table saved as .xlsx: `cells[0]` is column A whatever
 * the sheet's used range, a row ends at its last cell that holds more than empty text (exceljs's
 * stream drops empty shared strings), merged cells are not filled in and a percentage stays a
 * number.
 */
export function xlsSheetRows(sheet: XlsSheet, date1904: boolean): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.cells.forEach((row, index) => {
    if (!row) return;
    const cells: PlainCell[] = new Array<PlainCell>(row.length).fill('');
    row.forEach((cell, col) => {
      if (cell) cells[col] = xlsCellValue(cell, date1904);
    });
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (!isBlankRow(cells)) rows.push({ number: index + 1, cells });
  });
  return rows;
}

/** BIFF error codes ([MS-XLS] 2.5.10), as exceljs gives an error cell: its text. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * A cell as exceljs reads the same cell of an .xlsx: a number in a date format becomes the Date
 * whose UTC fields are the typed date and time (exceljs's rule and rounding, so both formats
 * give the same instant), an error becomes its code, a formula its cached value.
 */
export function xlsCellValue(cell: XLSX.CellObject, date1904: boolean): PlainCell {
  switch (cell.t) {
    case 'n':
      return isDateFormat(cell.z) ? excelDate(cell.v as number, date1904) : (cell.v as number);
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v === true;
    case 'e':
      return ERROR_TEXT[cell.v as number] ?? '#N/A';
    default:
      // 'z' (a blank cell) only; 'd' never comes, as dates are read as numbers (no `cellDates`).
      return '';
  }
}

/** exceljs's `isDateFmt`: date letters outside quoted text and [..] sections. */
function isDateFormat(format: XLSX.NumberFormat | undefined): boolean {
  if (typeof format !== 'string') return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** exceljs's `excelToDate`: days since 1899-12-30 (1904-01-01 in a 1904 workbook), to the millisecond. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

type XlsProblem = 'encrypted' | 'damaged' | 'excel95' | 'notExcel';

const SAVE_AS_XLSX = '请在 Excel 中将其另存为 .xlsx 格式后再导入';

function xlsError(file: string, problem: XlsProblem, err: unknown): AppError {
  const name = quotedFileName(file);
  const kind = path.extname(file).toLowerCase() === '.et' ? 'WPS 表格（.et）文件' : '旧版 Excel（.xls）格式';
  const message = {
    encrypted: `文件${name}已加密（设置了打开密码），无法读取。请在 Excel 或 WPS 中用密码打开它，取消密码并保存后再导入。`,
    damaged:
      `文件${name}是${kind}，但已损坏或不完整（可能复制或下载时中断），无法读取。` +
      `请重新获取该文件；如果它能在 Excel 或 WPS 中打开，${SAVE_AS_XLSX}。`,
    excel95: `文件${name}是 Excel 95 或更早版本的格式，其中的中文无法正确读取。${SAVE_AS_XLSX}。`,
    notExcel: `文件${name}不是 Excel 表格（可能是 Word 文档等其他 Office 文件），无法导入。请确认选择了正确的文件。`,
  }[problem];
  return new AppError(message, { cause: `xls read failed (${problem}): ${String(err)}` });
}
