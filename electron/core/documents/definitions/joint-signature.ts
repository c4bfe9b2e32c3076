import { chineseDate } from '../data/doc-dates.ts';
import { BODY_FONT_SIZE } from '../pdf/document-styles.ts';
import { BODY_CHAR_PITCH, BODY_LINE_PITCH, type PageGeometry } from '../pdf/page-layout.ts';
import type { PdfNode } from '../pdf/pdf-types.ts';
import type { TextMeasure } from './document-blocks.ts';

/** As for one department: the first row of seals has two empty lines above it (GB/T 9704 7.3.5.1). */
const SEAL_GAP_LINES = 2;
/**
 * Between rows of names: a county seal is 42 mm across, about four lines of the grid; five lines
 * from name to name keep the seals of two rows from touching (7.3.5.2: 印章互不相交或相切).
 */
const ROW_GAP_LINES = 4;
const PER_ROW = 2;

/**
 * 落款 of a joint document (GB/T 9704 7.3.5.2): the issuing authorities' names in their order, the
 * lead first, two to a row, each with room for its seal; the date four characters in from the right
 * edge under the last name, whose seal covers name and date. When the count is odd the last row
 * holds the last name alone, on the right, over the date. The right column is centred on the date,
 * as a single department's name is. The whole block (with `keepWith`, the last paragraph) is
 * unbreakable, so no department's seal area is ever left alone on a page.
 */
export function jointSignatureBlock(
  measure: TextMeasure,
  page: PageGeometry,
  names: readonly string[],
  dateIso: string,
  keepWith: PdfNode[] = [],
): PdfNode {
  const date = chineseDate(dateIso);
  const dateRight = page.textWidth - 4 * BODY_CHAR_PITCH;
  const dateCentre = dateRight - measure.textWidth('fangsong', date, BODY_FONT_SIZE) / 2;
  // The right column: half the line at most, centred on the date; the left one takes the rest.
  const rightWidth = Math.min(page.textWidth / 2, 2 * (page.textWidth - dateCentre));
  const split = dateCentre - rightWidth / 2;
  const rows: string[][] = [];
  for (let i = 0; i < names.length; i += PER_ROW) rows.push(names.slice(i, i + PER_ROW));
  const name = (text: string, width: number): PdfNode => ({ text, width, style: 'flush', alignment: 'center' });
  const rowNodes = rows.map((row, i): PdfNode => ({
    // An empty third column takes what is left, so the right one keeps its width and centre.
    columns: [
      ...(row.length === PER_ROW ? [name(row[0]!, split), name(row[1]!, rightWidth)] : [name('', split), name(row[0]!, rightWidth)]),
      { text: '', width: '*' },
    ],
    columnGap: 0,
    margin: [0, (i === 0 ? SEAL_GAP_LINES : ROW_GAP_LINES) * BODY_LINE_PITCH, 0, 0],
  }));
  return {
    unbreakable: true,
    stack: [...keepWith, ...rowNodes, { text: date, style: 'flush', alignment: 'right', margin: [0, 0, page.textWidth - dateRight, 0] }],
  };
}
