import type { PlainCell } from './cell-value.ts';
import { isBlankRow, type SheetRow } from './sheet-rows.ts';
import { XmlReader } from './xml-reader.ts';

/** Excel's own limits: a sheet past them was not saved by Excel, nor by anything a clerk uses. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** A sheet with rows or columns beyond Excel's limits (a bomb of empty rows, or a damaged reference). */
export class SheetTooLargeError extends Error {
  override readonly name = 'SheetTooLargeError';
}

/** What a sheet's cells refer to: the shared strings, and which styles are dates. */
export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** One <c> being read. */
interface CellState {
  column: number;
  type: string;
  style: number;
  value: string | null;
  inline: string[] | null;
}

/**
 * The non-blank rows of a worksheet's XML, in the chunks the XML arrives in. A cell reads as the
 * clerk sees it: a shared or inline string as its text, a formula as its cached result, an
 * error as its code (#N/A), a number in a date style as a Date. `cells[0]` is column A; a row
 * ends at its last cell holding more than empty text.
 *
 * `r` (row number, cell reference) is optional in the format and some systems leave it out: a
 * row without one follows the row before, a cell without one the cell before.
 */
export async function* sheetRowChunks(chunks: AsyncIterable<Buffer>, context: SheetContext): AsyncGenerator<SheetRow[]> {
  let rows: SheetRow[] = [];
  let inData = false;
  let rowNumber = 0;
  let cells: PlainCell[] | null = null;
  let nextColumn = 0;
  let cell: CellState | null = null;
  let capture: 'value' | 'inline' | null = null;
  let phonetic = 0;
  const reader = new XmlReader({
    open(name, attributes) {
      if (name === 'sheetData') inData = true;
      else if (!inData) return;
      else if (name === 'row') {
        rowNumber = attributes.r ? rowOf(attributes.r) : rowNumber + 1;
        if (rowNumber > MAX_ROWS) throw new SheetTooLargeError(`row ${rowNumber}`);
        cells = [];
        nextColumn = 0;
      } else if (name === 'c' && cells) {
        const column = attributes.r ? columnOf(attributes.r) : nextColumn;
        if (column >= MAX_COLUMNS) throw new SheetTooLargeError(`column ${column + 1}`);
        cell = { column, type: attributes.t ?? 'n', style: attributes.s ? Number(attributes.s) : 0, value: null, inline: null };
      } else if (!cell) return;
      else if (name === 'v') {
        cell.value = '';
        capture = 'value';
      } else if (name === 'is') cell.inline = [];
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && cell.inline && phonetic === 0) capture = 'inline';
    },
    text(text) {
      if (capture === 'value') cell!.value += text;
      else if (capture === 'inline') cell!.inline!.push(text);
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'c' && cell && cells) {
        cells[cell.column] = cellValue(cell, context);
        nextColumn = cell.column + 1;
        cell = null;
      } else if (name === 'row' && cells) {
        const finished = endRow(cells);
        if (!isBlankRow(finished)) rows.push({ number: rowNumber, cells: finished });
        cells = null;
      } else if (name === 'sheetData') inData = false;
    },
  });
  for await (const chunk of chunks) {
    reader.write(chunk);
    if (rows.length > 0) {
      yield rows;
      rows = [];
    }
  }
  reader.end();
  if (rows.length > 0) yield rows;
}

function cellValue(cell: CellState, { strings, dateStyles, date1904 }: SheetContext): PlainCell {
  const v = cell.value;
  switch (cell.type) {
    case 's':
      return v === null ? '' : (strings[Number(v)] ?? '');
    case 'inlineStr':
      return cell.inline ? cell.inline.join('') : (v ?? '');
    case 'str':
      return v ?? '';
    case 'e':
      return (v ?? '').trim();
    case 'b':
      return v === null || v === '' ? '' : Number(v) !== 0;
    case 'd':
      return v ? isoDate(v) : '';
    default: {
      if (v === null || v.trim() === '') return '';
      const n = Number(v);
      if (Number.isNaN(n)) return v;
      return dateStyles[cell.style] ? excelDate(n, date1904) : n;
    }
  }
}

/** Holes (cells the file leaves out) read as empty, and a row ends at its last non-empty cell. */
function endRow(cells: PlainCell[]): PlainCell[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === undefined || cells[end - 1] === '')) end--;
  cells.length = end;
  for (let i = 0; i < end; i++) if (cells[i] === undefined) cells[i] = '';
  return cells;
}

/** A row's `r`: "7" → 7. */
function rowOf(ref: string): number {
  const n = Number.parseInt(ref, 10);
  if (!(n >= 1)) throw new Error(`bad row number "${ref}"`);
  return n;
}

/** "AB7" → 27 (0-based: A is 0). */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  if (i === 0 || i > 3) throw new Error(`bad cell reference "${ref}"`);
  return n - 1;
}

/** exceljs's rule, so a date reads the same from every reader: UTC fields are the typed date and time. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A `t="d"` cell holds an ISO 8601 date; without a zone it is the typed local time, read as UTC like the rest. */
function isoDate(text: string): Date | string {
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? text : date;
}
