import { documentStyles, RULED_TABLE_LAYOUT } from './document-styles.ts';
import { measureRowExtents, renderKeepingRowsTogether, withRowIds, type RowRange } from './keep-rows-together.ts';
import type { PageGeometry } from './page-layout.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import type { PdfDocDefinition, PdfNode, PdfPageBreakBefore } from './pdf-types.ts';

/**
 * A ruled table that may run over many pages (the item list, a draw's 500 entities, a 公示):
 * its header row is repeated on every page and a row is never split when it fits on one page.
 * `header` and `rows` build fresh cells on every call, as pdfmake writes into what it lays out.
 */
export interface LongTable {
  header: () => PdfNode[];
  rows: () => PdfNode[][];
  /** pdfmake content widths (see `ruledWidths`). */
  widths: number[];
}

/**
 * Builds the document around the table's pieces: `table` goes where the table belongs (each piece
 * after the first starts a new page), `complete` says whether the last row is in this layout, so
 * what follows the table is only laid out with it.
 */
export type BuildAround = (table: PdfNode[], complete: boolean, pageBreakBefore: PdfPageBreakBefore) => PdfDocDefinition;

function tableNode(header: PdfNode[], rows: PdfNode[][], widths: number[]): PdfNode {
  return { table: { headerRows: 1, widths, body: [header, ...rows] }, layout: RULED_TABLE_LAYOUT };
}

function pieces(table: LongTable, ranges: RowRange[]): PdfNode[] {
  const rows = withRowIds({ header: table.header(), rows: table.rows() });
  return ranges.map(({ from, to }, i) => {
    const piece = tableNode(i === 0 ? rows.header : table.header(), rows.rows.slice(from, to), table.widths);
    // A look at rows after a cut (findCuts) must start them at the top of a page, as the cut will:
    // following the title instead, the page held fewer rows and every page was cut short.
    if (i > 0 || from > 0) piece.pageBreak = 'before';
    return piece;
  });
}

/** Renders a document holding one long table on `page`; see `renderKeepingRowsTogether`. */
export async function renderWithLongTable(
  renderer: PdfRenderer,
  page: PageGeometry,
  table: LongTable,
  build: BuildAround,
): Promise<Buffer> {
  const styles = documentStyles(renderer);
  const extents = await measureRowExtents(renderer, page, { styles, defaultStyle: styles.tableCell }, () => {
    const rows = withRowIds({ header: table.header(), rows: table.rows() });
    return tableNode(rows.header, rows.rows, table.widths);
  });
  const count = extents.rows.length;
  return renderKeepingRowsTogether(renderer, page, extents, (ranges, pageBreakBefore) =>
    build(pieces(table, ranges), (ranges.at(-1)?.to ?? 0) >= count, pageBreakBefore),
  );
}
