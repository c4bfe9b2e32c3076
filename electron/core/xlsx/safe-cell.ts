import { AppError } from '../errors.ts';

/** What our writers put in a cell: plain values only, never formula, hyperlink or rich-text objects. */
export type WritableCell = string | number | boolean | Date | null;

/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32767;

/**
 * Makes a value safe to write. Strings stay strings, so user text beginning with = + - @ is
 * written as text and never becomes a formula (exceljs only writes formulas from `{ formula }`
 * objects, which this refuses). Characters XML forbids are removed, or Excel would call the whole
 * file corrupt; Word's manual line break (\v) becomes a real line break.
 */
export function safeCellValue(value: WritableCell, where?: { row: number; column: string }): WritableCell {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') {
    throw new TypeError(`Refusing to write a non-plain cell value: ${JSON.stringify(value)}`);
  }
  const text = value
    .replace(/\r\n?|\v/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  if (text.length > MAX_CELL_TEXT) {
    const place = where ? `第 ${where.row} 行“${where.column}”列` : '一个单元格';
    throw new AppError(`${place}的内容超过 Excel 单元格上限（${MAX_CELL_TEXT} 字），无法导出。请缩短该内容后重试。`, {
      cause: `cell text length ${text.length}`,
    });
  }
  return text;
}
