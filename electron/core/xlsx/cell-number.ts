import { cellText, isBlankCell, type PlainCell } from './cell-value.ts';

/**
 * Numbers typed by clerks: a number cell, or text such as "3", "３", "1,200" or "3." (序号 copied
 * from Word). Returns undefined for a blank cell and null for anything that is not a number, so
 * the caller can say which cell is wrong.
 */
export function cellNumber(value: PlainCell): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isBlankCell(value)) return undefined;
  if (typeof value !== 'string') return null;
  const text = value
    .normalize('NFKC')
    .replace(/[\s,]/g, '')
    .replace(/[.。、]$/, '');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
}

/** A whole number (序号): as `cellNumber`, but 2.5 is null. */
export function cellInteger(value: PlainCell): number | null | undefined {
  const n = cellNumber(value);
  return n === null || n === undefined || Number.isInteger(n) ? n : null;
}

/**
 * A percentage in percent units, as a column headed "抽查比例（%）" means it: 5, "5", "5%" and a
 * percent-formatted cell (read as "5%") all give 5.
 */
export function cellPercent(value: PlainCell): number | null | undefined {
  if (typeof value !== 'string') return cellNumber(value);
  const text = cellText(value).normalize('NFKC').trim();
  return cellNumber(text.endsWith('%') ? text.slice(0, -1) : text);
}
