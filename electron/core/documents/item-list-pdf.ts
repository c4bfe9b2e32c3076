import type { Db } from '../db/connection.ts';
import type { Item } from '../items/item-schema.ts';
import { listItems } from '../items/item-service.ts';
import type { Settings } from '../settings/settings-service.ts';
import { writeFileAtomically } from './atomic-write.ts';
import { documentStyles, RULED_TABLE_LAYOUT, TABLE_PADDING, TABLE_RULE_WIDTH } from './document-styles.ts';
import { measureRowExtents, renderKeepingRowsTogether, withRowIds, type RowRange, type TableRows } from './keep-rows-together.ts';
import { LANDSCAPE, mm, pageSetup } from './page-layout.ts';
import { createPdfRenderer, type PdfRenderer } from './pdf-renderer.ts';
import type { Alignment, PdfDocDefinition, PdfNode, PdfPageBreakBefore, PdfStyle } from './pdf-types.ts';

export interface Column {
  label: string;
  /** Outer width in mm, rules and padding included; the seven add up to the 225 mm text block. */
  widthMm: number;
  alignment: Alignment;
  value: (item: Item) => string;
}

/**
 * The columns of the official 随机抽查事项清单, left to right. 检查依据 (laws quoted article by
 * article) is by far the longest text, so it gets the most room.
 */
export const ITEM_LIST_COLUMNS: readonly Column[] = [
  { label: '序号', widthMm: 11, alignment: 'center', value: (item) => String(item.seq ?? '') },
  { label: '抽查事项', widthMm: 26, alignment: 'left', value: (item) => item.name },
  { label: '检查依据', widthMm: 93, alignment: 'left', value: (item) => item.basis },
  { label: '检查内容', widthMm: 36, alignment: 'left', value: (item) => item.content },
  { label: '检查方式', widthMm: 22, alignment: 'left', value: (item) => item.method },
  { label: '适用对象', widthMm: 19, alignment: 'left', value: (item) => item.target },
  { label: '备注', widthMm: 18, alignment: 'center', value: (item) => item.category },
];

/** pdfmake widths exclude padding and rules; the closing rule comes off the widest column. */
function contentWidths(): number[] {
  return ITEM_LIST_COLUMNS.map((c) => mm(c.widthMm) - 2 * TABLE_PADDING.x - TABLE_RULE_WIDTH - (c.label === '检查依据' ? TABLE_RULE_WIDTH : 0));
}

const headerRow = (): PdfNode[] => ITEM_LIST_COLUMNS.map((c) => ({ text: c.label, style: 'tableHeader' }));

function tableRows(items: Item[]): TableRows {
  return withRowIds({
    header: headerRow(),
    rows: items.map((item) =>
      // Clause breaks ('\n') in the legal text are kept: pdfmake starts a new line at each.
      ITEM_LIST_COLUMNS.map((c) => ({ text: c.value(item), style: 'tableCell', alignment: c.alignment })),
    ),
  });
}

function tableNode(header: PdfNode[], rows: PdfNode[][]): PdfNode {
  return {
    table: { headerRows: 1, widths: contentWidths(), body: [header, ...rows] },
    layout: RULED_TABLE_LAYOUT,
  };
}

/** The table in pieces; every piece after the first opens a new page with its own header row. */
function tablePieces(rows: TableRows, pieces: RowRange[]): PdfNode[] {
  return pieces.map(({ from, to }, i) => {
    const piece = tableNode(i === 0 ? rows.header : headerRow(), rows.rows.slice(from, to));
    if (i > 0) piece.pageBreak = 'before';
    return piece;
  });
}

function itemListDocument(
  bureauName: string,
  styles: Record<string, PdfStyle>,
  items: Item[],
  pieces: RowRange[],
  pageBreakBefore: PdfPageBreakBefore,
): PdfDocDefinition {
  const title = `${bureauName}随机抽查事项清单`;
  const heading: PdfNode[] = pieces[0]?.from === 0 ? [{ text: title, style: 'title', margin: [0, 0, 0, mm(6)] }] : [];
  return {
    ...pageSetup(LANDSCAPE, 'center'),
    info: { title, author: bureauName, creator: '双随机抽查管理' },
    language: 'zh-CN',
    styles,
    defaultStyle: styles.tableCell,
    content: [...heading, ...tablePieces(tableRows(items), pieces)],
    pageBreakBefore,
  };
}

/**
 * The 随机抽查事项清单 as PDF bytes: A4 landscape, title, the active items in 序号 order under a
 * header row repeated on every page; an item's row breaks across pages only when taller than one.
 */
export async function renderItemListPdf(renderer: PdfRenderer, bureauName: string, items: Item[]): Promise<Buffer> {
  const styles = documentStyles(renderer);
  const extents = await measureRowExtents(renderer, LANDSCAPE, { styles, defaultStyle: styles.tableCell }, () => {
    const rows = tableRows(items);
    return tableNode(rows.header, rows.rows);
  });
  return renderKeepingRowsTogether(renderer, LANDSCAPE, extents, (pieces, pageBreakBefore) =>
    itemListDocument(bureauName, styles, items, pieces, pageBreakBefore),
  );
}

/**
 * Exports the active items (not retired) as the bureau's 随机抽查事项清单 PDF to `outPath`,
 * written atomically; an unwritable place gives a Chinese AppError and leaves no partial file.
 */
export async function exportItemsPdf(db: Db, settings: Settings, outPath: string): Promise<{ path: string; count: number }> {
  const items = listItems(db);
  await writeFileAtomically(outPath, async () => renderItemListPdf(await createPdfRenderer(), settings.bureauName, items));
  return { path: outPath, count: items.length };
}
