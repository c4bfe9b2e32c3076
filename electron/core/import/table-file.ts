import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { quotedFileName } from '../xlsx/file-name.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import { readXlsWorkbook, xlsSheetRows } from '../xlsx/xls-read.ts';
import { streamCsvRows } from './csv-stream.ts';
import { listXlsxSheets, streamXlsxRowChunks } from './xlsx-stream.ts';

export type TableFormat = 'xlsx' | 'xls' | 'csv';

/** A spreadsheet a clerk chose, whatever its format, read as rows of plain cells. */
export interface TableFile {
  /** The file's name as the clerk knows it. */
  fileName: string;
  format: TableFormat;
  sheets: string[];
  rows(sheet?: string): AsyncGenerator<SheetRow>;
  /** The same rows in chunks of a few hundred, for a reader that handles them in bulk. */
  rowChunks(sheet?: string): AsyncGenerator<SheetRow[]>;
  /** Called when the caller is done with the file. */
  close(): void;
}

/** A CSV has one table; it is offered as one sheet of this name. */
export const CSV_SHEET = 'CSV';

/**
 * Opens .xlsx, .csv (UTF-8 or GBK), and legacy .xls and WPS .et, read in process (an .et saved
 * as a zip is an .xlsx and is read as one). The format is told by the file's first bytes, not its
 * name. Anything else is refused with a message that names the file; nothing is written.
 */
export async function openTableFile(file: string): Promise<TableFile> {
  const fileName = path.basename(file);
  const head = readHead(file);
  const ext = path.extname(file).toLowerCase();
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    return xlsxTable(file, fileName, 'xlsx', () => {});
  }
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return await xlsTable(file, fileName);
  if (ext === '.csv' || ext === '.txt') {
    const rowChunks = () => inChunks(streamCsvRows(file), CSV_CHUNK_ROWS);
    return { fileName, format: 'csv', sheets: [CSV_SHEET], rows: () => streamCsvRows(file), rowChunks, close: () => {} };
  }
  const what = head.subarray(0, 4).toString('latin1') === '%PDF' ? '（它是一个 PDF 文件）' : '';
  throw new AppError(
    `文件${quotedFileName(file)}不是 Excel 工作簿或 CSV 文件${what}，无法导入。请选择 .xlsx、.xls 或 .csv 文件。`,
    { cause: `unknown table format ${file}` },
  );
}

async function xlsxTable(file: string, fileName: string, format: TableFormat, close: () => void): Promise<TableFile> {
  let sheets: string[];
  try {
    sheets = await listXlsxSheets(file);
  } catch (err) {
    close();
    throw err instanceof AppError ? new AppError(err.message.replace(quotedFileName(file), `“${fileName}”`)) : err;
  }
  if (sheets.length === 0) {
    close();
    throw new AppError(`文件“${fileName}”中没有工作表。`);
  }
  return {
    fileName,
    format,
    sheets,
    rows: (sheet) => eachRow(streamXlsxRowChunks(file, sheet ?? sheets[0])),
    rowChunks: (sheet) => streamXlsxRowChunks(file, sheet ?? sheets[0]),
    close,
  };
}

const CSV_CHUNK_ROWS = 500;

/**
 * An .xls or .et (an OLE2 compound file) is parsed whole at once, at most 65,536 rows a sheet, and
 * kept as plain rows; SheetJS's own cell objects are dropped, as they take ten times the memory
 * (65,000 × 10 cells: 33 MB kept instead of 350 MB).
 */
async function xlsTable(file: string, fileName: string): Promise<TableFile> {
  const rowsOf = await xlsRowsBySheet(file);
  const sheets = [...rowsOf.keys()];
  if (sheets.length === 0) throw new AppError(`文件“${fileName}”中没有工作表。`);
  async function* rowChunks(sheet = sheets[0]!): AsyncGenerator<SheetRow[]> {
    const rows = rowsOf.get(sheet);
    if (!rows) throw new AppError(`文件“${fileName}”中没有名为“${sheet}”的工作表。`);
    for (let i = 0; i < rows.length; i += XLS_CHUNK_ROWS) yield rows.slice(i, i + XLS_CHUNK_ROWS);
  }
  return { fileName, format: 'xls', sheets, rows: (sheet) => eachRow(rowChunks(sheet)), rowChunks, close: () => {} };
}

/** A function of its own, so no closure of the table keeps SheetJS's workbook alive. */
async function xlsRowsBySheet(file: string): Promise<Map<string, SheetRow[]>> {
  const book = await readXlsWorkbook(file);
  return new Map(book.sheets.map((s) => [s.name, xlsSheetRows(s, book.date1904)]));
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

function readHead(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? '不存在（可能已被移动或删除）' : code === 'EISDIR' ? '是一个文件夹' : '无法打开（可能正被其他程序占用）';
    throw new AppError(`文件${quotedFileName(file)}${why}，请重新选择。`, { cause: String(err) });
  }
  try {
    const buffer = Buffer.alloc(8);
    const n = fs.readSync(fd, buffer, 0, 8, 0);
    if (n === 0) throw new AppError(`文件${quotedFileName(file)}是空的（0 字节），没有可导入的内容。`);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}
