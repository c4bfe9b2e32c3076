import { expect } from 'vitest';
import { BODY_CHAR_PITCH, type PageGeometry } from '../../../electron/core/documents/pdf/page-layout.ts';
import { pdfWords, type PdfWord } from './poppler.ts';

/** Rounding in pdftotext's boxes; a character is 15.8 pt wide, so this is far below anything visible. */
const TOLERANCE = 0.5;

/** The page number line sits 7 mm below the text block: everything else must be inside it. */
function isPageNumber(word: PdfWord, page: PageGeometry): boolean {
  return word.yMin > page.height - page.margins.bottom && /^(—|\d+)$/.test(word.text);
}

/** Asserts every word but the page numbers lies inside the text block (156 × 225 mm on A4). */
export function expectInsideTextBlock(file: string, page: PageGeometry): void {
  const right = page.width - page.margins.right;
  const bottom = page.height - page.margins.bottom;
  const outside = pdfWords(file).filter(
    (w) =>
      !isPageNumber(w, page) &&
      (w.xMin < page.margins.left - TOLERANCE ||
        w.xMax > right + TOLERANCE ||
        w.yMin < page.margins.top - TOLERANCE ||
        w.yMax > bottom + TOLERANCE),
  );
  expect(
    outside.map((w) => `p${w.page} “${w.text}” ${w.xMin.toFixed(1)},${w.yMin.toFixed(1)}–${w.xMax.toFixed(1)},${w.yMax.toFixed(1)}`),
  ).toEqual([]);
}

/** The words of one line that starts with `first` (pdftotext splits lines at spaces). */
export function lineStartingWith(file: string, first: string): PdfWord[] {
  const words = pdfWords(file);
  const start = words.find((w) => w.text.startsWith(first));
  if (!start) throw new Error(`no line starting with ${first}`);
  return words.filter((w) => w.page === start.page && Math.abs(w.yMin - start.yMin) < 1);
}

/** Characters from the text block's right edge to the line's end. */
export function charsFromRight(words: PdfWord[], page: PageGeometry): number {
  const end = Math.max(...words.map((w) => w.xMax));
  return (page.width - page.margins.right - end) / BODY_CHAR_PITCH;
}

/** The horizontal centre of a line. */
export function centreOf(words: PdfWord[]): number {
  return (Math.min(...words.map((w) => w.xMin)) + Math.max(...words.map((w) => w.xMax))) / 2;
}
