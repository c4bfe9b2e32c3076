import type { PageGeometry } from './page-layout.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import type { PdfContent, PdfDocDefinition, PdfNode, PdfNodeInfo, PdfPageBreakBefore } from './pdf-types.ts';

/**
 * Rows of a long table that stay whole when they fit on a page and break only when taller than one.
 *
 * pdfmake offers `dontBreakRows` for a whole table only, and silently drops the part of an
 * unbreakable row that does not fit on one page; a page break set on the cells of one row leaves an
 * empty stub of the row behind. So the table stays breakable and is cut into pieces instead: a row
 * that would be split although it fits on a page starts a new piece, which begins on a new page
 * with its own header row, so the reader sees one table whose header repeats on every page.
 */

/** A table's cells, header row first; `withRowIds` marks them so layout can be read back. */
export interface TableRows {
  header: PdfNode[];
  rows: PdfNode[][];
}

/** Distances between the tops of consecutive rows, in points, as laid out without page breaks. */
export interface RowExtents {
  header: number;
  rows: number[];
}

/** Rows `from` (inclusive) to `to` (exclusive) of the table. */
export interface RowRange {
  from: number;
  to: number;
}

/**
 * Builds the document from table pieces: the first piece follows what comes before the table
 * (title …) only when it starts at row 0; every other piece starts on a new page with its own
 * header row.
 */
export type BuildPieces = (pieces: RowRange[], pageBreakBefore: PdfPageBreakBefore) => PdfDocDefinition;

const HEADER = 'h';
const END_ID = 'rows:end';
// A row whose bottom comes within this many points of the page's end counts as not fitting, so
// rounding and the closing rule never split its last line off.
const SLACK = 1;

const cellId = (row: number | typeof HEADER, col: number) => `row:${row}:${col}`;

/** Whether `id` is a cell of a long table's first row, which its heading must keep whole with it. */
export const isFirstRowCell = (id: string) => rowOfId(id) === 0;

function rowOfId(id: string | undefined): number | null {
  const m = id ? /^row:(\d+):\d+$/.exec(id) : null;
  return m ? Number(m[1]) : null;
}

/** Gives every cell an id, so layout can tell which row each piece of text belongs to. */
export function withRowIds(table: TableRows): TableRows {
  table.header.forEach((cell, col) => (cell.id = cellId(HEADER, col)));
  table.rows.forEach((cells, row) => cells.forEach((cell, col) => (cell.id = cellId(row, col))));
  return table;
}

/**
 * Lays the table (from `build`, with row ids; a row's first cell must not be empty) out on an
 * endless page as wide as `page`, with the document's `styles`, and reads where each row starts.
 */
export async function measureRowExtents(
  renderer: PdfRenderer,
  page: PageGeometry,
  styles: Pick<PdfDocDefinition, 'styles' | 'defaultStyle'>,
  build: () => PdfContent,
): Promise<RowExtents> {
  const tops = new Map<string, number>();
  const m = page.margins;
  await renderer.render({
    pageSize: { width: page.width, height: 'auto' },
    pageMargins: [m.left, m.top, m.right, m.bottom],
    ...styles,
    content: [build(), { text: '.', id: END_ID }],
    pageBreakBefore: (node) => {
      if (node.id) tops.set(node.id, node.startPosition.top);
      return false;
    },
  });
  const top = (id: string) => {
    const y = tops.get(id);
    if (y === undefined) throw new Error(`row start not measured: ${id}`);
    return y;
  };
  const starts: number[] = [];
  for (let row = 0; tops.has(cellId(row, 0)); row++) starts.push(top(cellId(row, 0)));
  starts.push(top(END_ID));
  return {
    header: starts[0]! - top(cellId(HEADER, 0)),
    rows: starts.slice(0, -1).map((y, i) => starts[i + 1]! - y),
  };
}

/** Rows that some cell's text runs over a page break in, from one observed layout. */
function splitRows(nodes: PdfNodeInfo[]): Set<number> {
  const split = new Set<number>();
  for (const node of nodes) {
    const row = rowOfId(node.id);
    if (row !== null && node.pageNumbers.length > 1) split.add(row);
  }
  return split;
}

type Look = (pieces: RowRange[]) => Promise<{ pdf: Buffer; seen: PdfNodeInfo[] }>;

/**
 * Where a row falls depends on every row before it, back to the last cut (a cut starts a new page),
 * so cuts are found in order: lay out the rows after the last cut, about two pages' worth (more if
 * none of them needs a cut), and cut before the first row that is split although it fits on a page.
 * Each look is small, so a long list costs little more than rendering it once.
 */
async function findCuts(look: Look, extents: RowExtents, fits: (row: number) => boolean, pageHeight: number): Promise<number[]> {
  const count = extents.rows.length;
  const starts = [0];
  for (let from = 0, pages = 2; from < count;) {
    const to = rowsFilling(extents, from, pages * pageHeight);
    const { seen } = await look([{ from, to }]);
    // Only rows after `from`: row 0 is never moved, which would leave the title and the header
    // alone on page 1, and a row that starts a piece is already at the top of a page.
    const cut = [...splitRows(seen)].sort((a, b) => a - b).find((row) => row > from && fits(row));
    if (cut !== undefined) {
      starts.push(cut);
      [from, pages] = [cut, 2];
    } else if (to >= count) {
      break;
    } else {
      pages *= 2;
    }
  }
  return starts;
}

/**
 * Renders the document `build` makes, cutting the table (measured by `measureRowExtents`) so that
 * no row that fits on a page is split; returns the PDF.
 */
export async function renderKeepingRowsTogether(
  renderer: PdfRenderer,
  page: PageGeometry,
  extents: RowExtents,
  build: BuildPieces,
): Promise<Buffer> {
  const count = extents.rows.length;
  const bottom = page.height - page.margins.bottom - SLACK;
  const fits = (row: number) => page.margins.top + extents.header + (extents.rows[row] ?? Infinity) <= bottom;
  const look: Look = async (pieces) => {
    const seen: PdfNodeInfo[] = [];
    const pdf = await renderer.render(build(pieces, (node) => (seen.push(node), false)));
    return { pdf, seen };
  };
  const starts = await findCuts(look, extents, fits, page.textHeight);
  for (;;) {
    const { pdf, seen } = await look(starts.map((from, i) => ({ from, to: starts[i + 1] ?? count })));
    // The cuts were found exactly; this only guards against a layout that disagrees.
    const missed = [...splitRows(seen)].find((row) => row > 0 && !starts.includes(row) && fits(row));
    if (missed === undefined) return pdf;
    starts.push(missed);
    starts.sort((a, b) => a - b);
  }
}

/** The end of a run of rows from `from` whose extents add up to at least `height` points. */
function rowsFilling(extents: RowExtents, from: number, height: number): number {
  let to = from;
  for (let total = 0; to < extents.rows.length && total < height; to++) total += extents.rows[to]!;
  return Math.max(to, from + 1);
}
