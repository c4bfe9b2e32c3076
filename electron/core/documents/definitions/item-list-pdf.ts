import type { Db } from '../../db/connection.ts';
import type { Item } from '../../items/item-schema.ts';
import { listItems } from '../../items/item-service.ts';
import type { Settings } from '../../settings/settings-service.ts';
import { writeFileAtomically } from '../../files/atomic-write.ts';
import { ruledWidths, titleBlock } from './document-blocks.ts';
import { documentDefinition } from './document-shell.ts';
import { renderWithLongTable } from '../pdf/long-table.ts';
import { LANDSCAPE, mm } from '../pdf/page-layout.ts';
import { createPdfRenderer, type PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { Alignment } from '../pdf/pdf-types.ts';
import { TEMPLATE_SPECS } from '../templates/template-catalog.ts';
import { fillTemplate, paragraphsOf, parseTemplate } from '../templates/template-format.ts';
import { defaultTemplateText, storedTemplateText } from '../templates/template-store.ts';

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

/**
 * The 随机抽查事项清单 as PDF bytes: A4 landscape, title, the items in 序号 order under a header
 * row repeated on every page; an item's row breaks across pages only when taller than one page.
 * `title` defaults to the shipped template's: “<bureau>随机抽查事项清单”.
 */
export async function renderItemListPdf(
  renderer: PdfRenderer,
  bureauName: string,
  items: Item[],
  title = `${bureauName}随机抽查事项清单`,
): Promise<Buffer> {
  const table = {
    header: () => ITEM_LIST_COLUMNS.map((c) => ({ text: c.label, style: 'tableHeader' })),
    // Clause breaks ('\n') in the legal text are kept: pdfmake starts a new line at each.
    rows: () => items.map((item) => ITEM_LIST_COLUMNS.map((c) => ({ text: c.value(item), style: 'tableCell', alignment: c.alignment }))),
    widths: ruledWidths(ITEM_LIST_COLUMNS),
  };
  return renderWithLongTable(renderer, LANDSCAPE, table, (pieces, _complete, pageBreakBefore) => {
    const heading = { ...titleBlock(title), margin: [0, 0, 0, mm(6)] as [number, number, number, number] };
    return documentDefinition(renderer, LANDSCAPE, { title: title.replace(/\n/g, ''), author: bureauName }, [[heading, ...pieces]], {
      pageBreakBefore,
    });
  });
}

/**
 * The title the item list prints: the bureau's edited template when there is one, else the shipped
 * default (read from `resourcesDir` when given; its wording is the one built in here).
 */
export function itemListTitle(db: Db, bureauName: string, count: number, resourcesDir?: string): string {
  const text =
    storedTemplateText(db, 'itemList') ??
    (resourcesDir ? defaultTemplateText(resourcesDir, 'itemList') : '【标题】\n{{bureau.name}}随机抽查事项清单');
  const parsed = parseTemplate(TEMPLATE_SPECS.itemList, text);
  return paragraphsOf(fillTemplate(parsed.title ?? '', { 'bureau.name': bureauName, count: String(count) })).join('\n');
}

/**
 * Exports the active items (not retired) as the bureau's 随机抽查事项清单 PDF to `outPath`,
 * written atomically; an unwritable place gives a Chinese AppError and leaves no partial file.
 */
export async function exportItemsPdf(
  db: Db,
  settings: Settings,
  outPath: string,
  resourcesDir?: string,
): Promise<{ path: string; count: number }> {
  const items = listItems(db);
  const title = itemListTitle(db, settings.bureauName, items.length, resourcesDir);
  await writeFileAtomically(outPath, async () => renderItemListPdf(await createPdfRenderer(), settings.bureauName, items, title));
  return { path: outPath, count: items.length };
}
