import path from 'node:path';
import { AppError } from '../errors.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import { classifyFile, unreadableFileError } from '../xlsx/workbook-file-check.ts';
import { readHtmlWorkbook, readXlsWorkbook, xlsSheetRows, type XlsReadOptions, type XlsWorkbook } from '../xlsx/xls-read.ts';
import { streamCsvRows } from './csv-stream.ts';
import { openXlsxReader } from './xlsx-stream.ts';

export type TableFormat = 'xlsx' | 'xls' | 'csv';

/** A spreadsheet a clerk chose, whatever its format, read as rows of plain cells. */
export interface TableFile {
  /** The file's name as the clerk knows it. */
  fileName: string;
  /** A web page saved as .xls (see `openTableFile`) is offered as 'xls', the format it claims. */
  format: TableFormat;
  /** The visible sheets in tab order: what the clerk sees and may choose; the first is the default. */
  sheets: string[];
  /** Sheets hidden in the workbook (lookup lists, old versions): never picked unasked, read only when named. */
  hiddenSheets: string[];
  rows(sheet?: string): AsyncGenerator<SheetRow>;
  /** The same rows in chunks of a few hundred, for a reader that handles them in bulk. */
  rowChunks(sheet?: string): AsyncGenerator<SheetRow[]>;
  /** Called when the caller is done with the file. */
  close(): void;
}

export interface OpenTableOptions {
  /**
   * The caller means to read only about this many rows of a sheet, as the import wizard's first
   * look does. A legacy .xls (or a web page saved as one), parsed whole at once otherwise, is
   * then parsed only a little further than that, and whole only if the caller reads on past it;
   * .xlsx and CSV stream anyway.
   */
  head?: number;
}

/** A CSV has one table; it is offered as one sheet of this name. */
const CSV_SHEET = 'CSV';

/**
 * Opens .xlsx, .csv (UTF-8 or GBK), and legacy .xls and WPS .et, read in process (an .et saved
 * as a zip is an .xlsx and is read as one), and a web page holding a table saved under the name
 * .xls, as other offices' systems export "Excel" files. The format is told by the file's first
 * bytes, not its name (`classifyFile`, shared with `openWorkbook`). Anything else is refused with
 * the message `unreadableFileError` gives, naming the file; nothing is written.
 */
export async function openTableFile(file: string, options: OpenTableOptions = {}): Promise<TableFile> {
  const fileName = path.basename(file);
  const content = await classifyFile(file);
  if (content === 'zip') return xlsxTable(file, fileName);
  if (content === 'ole2') return await xlsTable(fileName, (read) => readXlsWorkbook(file, read), options.head);
  if (content === 'html') return await xlsTable(fileName, (read) => readHtmlWorkbook(file, read), options.head);
  const ext = path.extname(file).toLowerCase();
  if (content === 'other' && (ext === '.csv' || ext === '.txt')) {
    const rowChunks = () => inChunks(streamCsvRows(file), CSV_CHUNK_ROWS);
    return { fileName, format: 'csv', sheets: [CSV_SHEET], hiddenSheets: [], rows: () => streamCsvRows(file), rowChunks, close: () => {} };
  }
  throw unreadableFileError(file, content, 'table');
}

async function xlsxTable(file: string, fileName: string): Promise<TableFile> {
  const reader = await openXlsxReader(file);
  const { sheets, hiddenSheets } = bySight(reader.sheets);
  if (sheets.length === 0) {
    await reader.close();
    throw new AppError(`文件“${fileName}”中没有工作表。`);
  }
  return {
    fileName,
    format: 'xlsx',
    sheets,
    hiddenSheets,
    rows: (sheet) => eachRow(reader.rowChunks(sheet ?? sheets[0]!)),
    rowChunks: (sheet) => reader.rowChunks(sheet ?? sheets[0]!),
    close: () => void reader.close().catch(() => {}),
  };
}

/** Visible and hidden sheet names; should every sheet be hidden (Excel never saves that), all count as visible. */
function bySight(list: readonly { name: string; hidden: boolean }[]): { sheets: string[]; hiddenSheets: string[] } {
  const visible = list.filter((s) => !s.hidden).map((s) => s.name);
  if (visible.length === 0) return { sheets: list.map((s) => s.name), hiddenSheets: [] };
  return { sheets: visible, hiddenSheets: list.filter((s) => s.hidden).map((s) => s.name) };
}

const CSV_CHUNK_ROWS = 500;

/**
 * An .xls or .et (an OLE2 compound file), or a web page, is parsed whole at once, at most 65,536
 * rows a sheet, and kept as plain rows; SheetJS's own cell objects are dropped, as they take ten
 * times the memory (65,000 × 10 cells: 33 MB kept instead of 350 MB).
 *
 * With `head`, only the first rows of each sheet are parsed, a few times `head` so that title
 * and blank rows still leave `head` rows to read. A caller that reads on past them gets the rest
 * from a whole parse, made then: `rows()` always yields every row, as without `head`.
 */
async function xlsTable(fileName: string, read: (options: XlsReadOptions) => Promise<XlsWorkbook>, head?: number): Promise<TableFile> {
  const window = head === undefined ? undefined : Math.max(head * HEAD_WINDOW, MIN_HEAD_ROWS);
  const first = await xlsRowsBySheet(read, window);
  const { sheets, hiddenSheets } = bySight([...first.entries()].map(([name, part]) => ({ name, hidden: part.hidden })));
  if (first.size === 0) throw new AppError(`文件“${fileName}”中没有工作表。`);
  let whole: ReturnType<typeof xlsRowsBySheet> | undefined;
  async function* rowChunks(sheet = sheets[0]!): AsyncGenerator<SheetRow[]> {
    const part = first.get(sheet);
    if (!part) throw new AppError(`文件“${fileName}”中没有名为“${sheet}”的工作表。`);
    yield* inSlices(part.rows);
    if (part.complete) return;
    // The sheet goes on below the rows read so far: the rest comes from a parse of the whole file.
    whole ??= xlsRowsBySheet(read, undefined);
    const rest = (await whole).get(sheet)?.rows ?? [];
    yield* inSlices(rest.filter((row) => row.number > window!));
  }
  return { fileName, format: 'xls', sheets, hiddenSheets, rows: (sheet) => eachRow(rowChunks(sheet)), rowChunks, close: () => {} };
}

/** How far past `head` rows a first look at an .xls reads, and at least how many rows. */
const HEAD_WINDOW = 3;
const MIN_HEAD_ROWS = 100;

function* inSlices(rows: SheetRow[]): Generator<SheetRow[]> {
  for (let i = 0; i < rows.length; i += XLS_CHUNK_ROWS) yield rows.slice(i, i + XLS_CHUNK_ROWS);
}

/** A function of its own, so no closure of the table keeps SheetJS's workbook alive. */
async function xlsRowsBySheet(
  read: (options: XlsReadOptions) => Promise<XlsWorkbook>,
  rows: number | undefined,
): Promise<Map<string, { rows: SheetRow[]; complete: boolean; hidden: boolean }>> {
  const book = await read(rows === undefined ? {} : { rows });
  return new Map(book.sheets.map((s) => [s.name, { rows: xlsSheetRows(s, book.date1904), complete: s.complete, hidden: s.hidden }]));
}

/** As many rows as the .xlsx reader's chunks hold, so an import handles both alike. */
const XLS_CHUNK_ROWS = 500;

async function* inChunks(rows: AsyncIterable<SheetRow>, size: number): AsyncGenerator<SheetRow[]> {
  let chunk: SheetRow[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function* eachRow(chunks: AsyncIterable<SheetRow[]>): AsyncGenerator<SheetRow> {
  for await (const chunk of chunks) yield* chunk;
}
