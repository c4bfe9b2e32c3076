import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import type * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { AppError } from '../errors.ts';
import type { PlainCell } from './cell-value.ts';
import { quotedFileName } from './file-name.ts';
import { isBlankRow, type SheetRow } from './sheet-rows.ts';
import { readWholeFile } from './whole-file.ts';

/** One worksheet of a legacy workbook as SheetJS read it (dense: `!data[row][col]`, 0-based). */
export interface XlsSheet {
  name: string;
  hidden: boolean;
  cells: (XLSX.CellObject | undefined)[][];
  merges: XLSX.Range[];
  /** False when the sheet goes on below the rows read (only a read of the first rows leaves any out). */
  complete: boolean;
}

/** A legacy .xls or WPS .et workbook: BIFF8 holds at most 65,536 rows a sheet. */
export interface XlsWorkbook {
  sheets: XlsSheet[];
  date1904: boolean;
}

export interface XlsReadOptions {
  /**
   * Read only the first this many rows of each sheet (row numbers 1 to `rows`, blank ones
   * included), as the import wizard's first look needs: the rest is neither kept nor parsed.
   */
  rows?: number;
}

/** SheetJS as this file uses it: its parser behind `XLSX.read` is exported but missing from the types. */
interface SheetJs {
  CFB: typeof XLSX.CFB;
  parse_xlscfb(cfb: unknown, options: XLSX.ParsingOptions): XLSX.WorkBook;
  read: typeof XLSX.read;
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
 * about 3.3 s here); 5,000 rows hold about 26 MB. Callers keep what they need and drop it.
 * With `rows`, only the head of each sheet is parsed (see `headOfWorkbookStream`): the same
 * 65,000-row file then takes about 0.3 s, the process peaking near 120 MB.
 */
export async function readXlsWorkbook(file: string, options: XlsReadOptions = {}): Promise<XlsWorkbook> {
  const { CFB, parse_xlscfb } = await loadSheetJs();
  const { bytes } = await readWholeFile(file);
  let cfb: unknown;
  try {
    cfb = CFB.read(bytes, { type: 'buffer' });
  } catch (err) {
    throw xlsError(file, 'damaged', err);
  }
  if (CFB.find(cfb, 'EncryptedPackage')) throw xlsError(file, 'encrypted', 'OOXML EncryptedPackage');
  const stream = CFB.find(cfb, 'Workbook') as { content: Uint8Array | number[] } | null;
  if (!stream) throw xlsError(file, CFB.find(cfb, 'Book') ? 'excel95' : 'notExcel', 'no BIFF8 Workbook stream');
  // Cut to its head, the Workbook stream alone is handed to SheetJS (which reads a bare stream
  // given as a buffer); should it be anything but plain BIFF8 (encrypted, say), it is read whole.
  const head = options.rows
    ? headOfWorkbookStream(Buffer.isBuffer(stream.content) ? stream.content : Buffer.from(stream.content), options.rows)
    : null;
  let book: XLSX.WorkBook;
  try {
    // Formulas and display text are never read: the cached value is what the clerk sees.
    book = parse_xlscfb(head ? head.stream : cfb, {
      dense: true,
      cellNF: true,
      cellText: false,
      cellFormula: false,
      cellHTML: false,
      ...(head ? { type: 'buffer', sheetRows: options.rows } : {}),
    });
  } catch (err) {
    throw xlsError(file, /password-protected/i.test(String(err)) ? 'encrypted' : 'damaged', err);
  }
  const cut = head && head.truncated.length === book.SheetNames.length ? head.truncated : null;
  return {
    date1904: book.Workbook?.WBProps?.date1904 ?? false,
    sheets: book.SheetNames.map((name, i) => {
      const sheet = book.Sheets[name] as XLSX.WorkSheet | undefined;
      return {
        ...sheetOf(book, name, i),
        // Not knowing which sheet is which, every sheet is taken to go on (a reader then reads it whole).
        complete: head ? cut !== null && !cut[i] : true,
        merges: sheet?.['!merges'] ?? [],
      };
    }),
  };
}

function sheetOf(book: XLSX.WorkBook, name: string, index: number): Omit<XlsSheet, 'complete' | 'merges'> {
  const sheet = book.Sheets[name] as XLSX.WorkSheet | undefined;
  return {
    name,
    hidden: (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0,
    cells: (sheet?.['!data'] as XlsSheet['cells'] | undefined) ?? [],
  };
}

/**
 * BIFF8 records ([MS-XLS] 2.3) that hold one row's cells (or the row's own format), each starting
 * with its 0-based row: Formula, MulRk, MulBlank, RString, LabelSst, Blank, Number, Label,
 * BoolErr, Row, RK.
 */
const CELL_RECORDS = new Set([0x0006, 0x00bd, 0x00be, 0x00d6, 0x00fd, 0x0201, 0x0203, 0x0204, 0x0205, 0x0208, 0x027e]);
/** Records that belong to the cell record before them: String (a formula's text), ShrFmla, Array, Table, Continue. */
const FOLLOWER_RECORDS = new Set([0x0207, 0x04bc, 0x0221, 0x0236, 0x003c]);
const BOF = 0x0809;
const EOF = 0x000a;
const BOUND_SHEET = 0x0085;
const SST = 0x00fc;
const FILE_PASS = 0x002f;
const LABEL_SST = 0x00fd;
const WORKSHEET = 0x0010;

/**
 * The head of a BIFF8 Workbook stream: the workbook globals as they are, and each worksheet
 * without its cell records below row `rows`, so that SheetJS, which would parse and then drop
 * every cell past `sheetRows`, never meets them; the shared string table is read only as far as
 * the strings those rows use. BoundSheet8 records point at their sheets by stream position,
 * so they are pointed at the sheets' new positions. Records are only walked by their headers
 * (a 65,000-row sheet in about 20 ms); a stream that is not plain BIFF8 as Excel or WPS write
 * it (encrypted, cut short, BIFF5) gives null, and is then read whole.
 * `truncated[i]` tells whether the i-th sheet, in stream order (SheetJS's order), had rows cut.
 */
function headOfWorkbookStream(stream: Buffer, rows: number): { stream: Buffer; truncated: boolean[] } | null {
  const at = (pos: number) => ({ type: stream.readUInt16LE(pos), length: stream.readUInt16LE(pos + 2) });
  if (stream.length < 8 || at(0).type !== BOF || stream.readUInt16LE(4) !== 0x0600) return null;
  const kept: [number, number][] = [];
  let keptLength = 0;
  const keep = (start: number, end: number) => {
    const last = kept[kept.length - 1];
    if (last && last[1] === start) last[1] = end;
    else kept.push([start, end]);
    keptLength += end - start;
  };
  const boundSheets: number[] = [];
  const newPosition = new Map<number, number>();
  const truncatedAt = new Map<number, boolean>();
  let sst = -1;
  let maxSst = -1;
  let depth = 0;
  let substreams = 0;
  let sheetStart = -1;
  let inWorksheet = false;
  let dropping = false;
  let pos = 0;
  while (pos + 4 <= stream.length) {
    const { type, length } = at(pos);
    const end = pos + 4 + length;
    if (end > stream.length) return null;
    if (depth === 0 && type !== BOF) {
      // Past the last substream: padding, kept as it is.
      keep(pos, stream.length);
      break;
    }
    if (type === BOF) {
      if (depth++ === 0) {
        substreams++;
        if (substreams > 1) {
          sheetStart = pos;
          newPosition.set(pos, keptLength);
          inWorksheet = length >= 4 && stream.readUInt16LE(pos + 6) === WORKSHEET;
          truncatedAt.set(keptLength, false);
        }
      }
    } else if (type === EOF) {
      depth--;
    } else if (substreams === 1 && depth === 1) {
      if (type === FILE_PASS) return null;
      if (type === BOUND_SHEET) boundSheets.push(pos + 4);
      if (type === SST) sst = pos + 4;
    }
    const isCell = inWorksheet && depth === 1 && CELL_RECORDS.has(type) && length >= 2;
    if (isCell && stream.readUInt16LE(pos + 4) >= rows) {
      dropping = true;
      truncatedAt.set(newPosition.get(sheetStart)!, true);
    } else if (!(dropping && FOLLOWER_RECORDS.has(type))) {
      dropping = false;
      if (isCell && type === LABEL_SST && length >= 10) maxSst = Math.max(maxSst, stream.readUInt32LE(pos + 10));
      keep(pos, end);
    }
    pos = end;
  }
  const head = Buffer.concat(kept.map(([start, end]) => stream.subarray(start, end)));
  // The globals come first and are kept whole, so their records sit where they were.
  for (const record of boundSheets) {
    const moved = newPosition.get(head.readUInt32LE(record));
    if (moved === undefined) return null;
    head.writeUInt32LE(moved, record);
  }
  if (sst >= 0 && sst + 8 <= head.length) head.writeUInt32LE(Math.min(head.readUInt32LE(sst + 4), maxSst + 1), sst + 4);
  const truncated = [...truncatedAt.entries()]
    .filter(([position]) => boundSheets.some((record) => head.readUInt32LE(record) === position))
    .sort((a, b) => a[0] - b[0])
    .map(([, cut]) => cut);
  return { stream: head, truncated };
}

/**
 * A web page saved under the name .xls, as other offices' systems export "Excel" files: its
 * tables (one sheet each) read with SheetJS. The page's own encoding is honoured (the charset
 * of its <meta>, else UTF-8 when the bytes are valid UTF-8, else GB18030, which contains GBK
 * and GB2312). Every cell is read as the text the page shows, as from a CSV: guessing numbers
 * would turn a 15-digit 注册号 into a float. With `rows`, only the first rows are taken.
 */
export async function readHtmlWorkbook(file: string, options: XlsReadOptions = {}): Promise<XlsWorkbook> {
  const { read } = await loadSheetJs();
  const text = decodeWebPage((await readWholeFile(file)).bytes);
  let book: XLSX.WorkBook;
  try {
    book = read(text, { type: 'string', raw: true, dense: true, cellHTML: false, ...(options.rows ? { sheetRows: options.rows } : {}) });
  } catch (err) {
    throw new AppError(
      `文件${quotedFileName(file)}是一个网页（HTML）文件，但其中没有可读取的表格，无法导入。` +
        `请用浏览器或 Excel 打开它看看内容；如果其中确有表格，${SAVE_AS_XLSX}。`,
      { cause: `html read failed: ${String(err)}` },
    );
  }
  return {
    date1904: false,
    sheets: book.SheetNames.map((name, i) => {
      const sheet = book.Sheets[name] as XLSX.WorkSheet | undefined;
      const cells = (sheet?.['!data'] as XlsSheet['cells'] | undefined) ?? [];
      // SheetJS stops at `rows` without saying whether the table went on: a full head may have.
      return { ...sheetOf(book, name, i), complete: !options.rows || cells.length < options.rows, merges: sheet?.['!merges'] ?? [] };
    }),
  };
}

const GB_CHARSETS = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/i;

function decodeWebPage(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2, bytes.length & ~1))
      .swap16()
      .toString('utf16le');
  const charset = /<meta[^>]*charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  if (charset && GB_CHARSETS.test(charset)) return iconv.decode(bytes, 'gb18030');
  if (charset && !/^utf-?8$/i.test(charset) && iconv.encodingExists(charset)) return iconv.decode(bytes, charset);
  return isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030');
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
