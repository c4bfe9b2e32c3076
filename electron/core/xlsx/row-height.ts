import type { WritableCell } from './safe-cell.ts';

/** Excel's hard limit for one row's height, in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * Estimates the height (points) a row of wrapped cells needs. Neither Excel nor LibreOffice fits
 * row heights to wrapped text when opening a generated file, so without this every long cell shows
 * one line. Column widths are in Excel character units (the width of "0" in the default font); at
 * the body font a CJK character takes about two units, other characters about one. The estimate
 * leans high: a little white space prints better than clipped text.
 */
export function estimateRowHeight(values: readonly WritableCell[], widths: readonly number[], fontSize: number): number {
  const lineHeight = fontSize * 1.35;
  let lines = 1;
  values.forEach((value, i) => {
    if (value === null || value === '') return;
    lines = Math.max(lines, wrappedLines(String(value), widths[i] ?? 10, fontSize));
  });
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * lineHeight + fontSize * 0.8));
}

/** Full-width characters: CJK, Hangul, full-width forms and punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;
/** The width unit: "0" in Excel's default Calibri 11, 7 px at 96 dpi. */
const UNIT_PX = 7;

function wrappedLines(text: string, width: number, fontSize: number): number {
  const widePx = (fontSize * 4) / 3; // a CJK glyph is as wide as the font is tall
  const usablePx = Math.max(widePx, (width - 1) * UNIT_PX); // a cell keeps about a unit of padding
  return text.split('\n').reduce((sum, paragraph) => {
    let px = 0;
    for (const ch of paragraph) px += WIDE.test(ch) ? widePx : widePx * 0.55;
    return sum + Math.max(1, Math.ceil(px / usablePx));
  }, 0);
}
