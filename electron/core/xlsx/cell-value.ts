import type { CellValue } from 'exceljs';

/** A cell as an importer sees it: what the clerk sees in Excel, without styling or formulas. */
export type PlainCell = string | number | boolean | Date;

/**
 * Reduces an exceljs cell value to what Excel displays: rich text and hyperlinks become their text,
 * a formula becomes its cached result (we never evaluate formulas), an error becomes its code
 * (e.g. "#N/A"), an empty cell becomes ''. Numbers, booleans and dates stay as they are.
 */
export function plainCellValue(value: CellValue | unknown): PlainCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ('formula' in v || 'sharedFormula' in v) return plainCellValue(v.result);
  // A hyperlink's text may itself be rich text; the address alone is not what the clerk typed.
  if ('hyperlink' in v) return plainCellValue(v.text ?? v.hyperlink);
  if (typeof v.error === 'string') return v.error;
  if ('text' in v) return plainCellValue(v.text);
  return '';
}

function richTextToString(runs: unknown[]): string {
  return runs.map((run) => String((run as { text?: unknown }).text ?? '')).join('');
}

/**
 * A plain cell as text: numbers as Excel shows them in General format, dates as 2026-11-24
 * (with the time when there is one). exceljs reads dates as UTC, so UTC fields are the ones typed.
 */
export function cellText(value: PlainCell): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Number.isNaN(value.getTime())) return '';
  const date = value.toISOString().slice(0, 10);
  const time = value.toISOString().slice(11, 19);
  return time === '00:00:00' ? date : `${date} ${time}`;
}

/** True when a cell holds nothing a clerk could see (spaces and line breaks count as nothing). */
export function isBlankCell(value: PlainCell): boolean {
  return typeof value === 'string' && value.trim() === '';
}
