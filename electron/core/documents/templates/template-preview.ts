import type { Db } from '../../db/connection.ts';
import { listItems } from '../../items/item-service.ts';
import { listResultCodes } from '../../results/result-codes.ts';
import { getSettings } from '../../settings/settings-service.ts';
import { writeFileAtomically } from '../../files/atomic-write.ts';
import { todayIso } from '../data/doc-dates.ts';
import type { DocumentFile } from '../batches/document-export.ts';
import { renderDrawRecordPdf } from '../definitions/draw-record-pdf.ts';
import { renderItemListPdf } from '../definitions/item-list-pdf.ts';
import { noticeDocument } from '../definitions/notice-pdf.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import { renderPublicationPdf } from '../definitions/publication-pdf.ts';
import { sheetDocument } from '../definitions/record-sheet-pdf.ts';
import { sharedRenderer } from '../pdf/renderer-cache.ts';
import { sampleDraw, sampleNotice, samplePublication, sampleSheet, type SampleSource } from '../data/sample-data.ts';
import { TEMPLATE_SPECS, type DocumentType } from './template-catalog.ts';
import { fillTemplate, paragraphsOf, parseTemplate, type ParsedTemplate } from './template-format.ts';
import { loadTemplate } from './template-store.ts';
import { defaultMaterials, materialsFromText } from '../data/task-materials.ts';

type Preview = (renderer: PdfRenderer, parsed: ParsedTemplate, source: SampleSource) => Promise<Buffer>;

function previews(db: Db, resourcesDir: string): Record<DocumentType, Preview> {
  const notice = (r: PdfRenderer, t: ParsedTemplate, materials: string[], s: SampleSource) =>
    r.render(noticeDocument(r, t, [sampleNotice(s, materials)]));
  return {
    notice: (r, t, s) => notice(r, t, defaultMaterials(db, resourcesDir), s),
    // The default list is shown where it prints: in a notice.
    materials: (r, t, s) => notice(r, loadTemplate(db, resourcesDir, 'notice'), materialsFromText(t.list), s),
    drawRecord: (r, t, s) => renderDrawRecordPdf(r, t, { bureauName: s.settings.bureauName, draw: sampleDraw(s) }),
    recordSheet: (r, t, s) => r.render(sheetDocument(r, t, [sampleSheet(s)])),
    publication: (r, t, s) => renderPublicationPdf(r, t, samplePublication(s)),
    itemList: (r, t, s) => {
      const items = listItems(db).slice(0, 3);
      const title = paragraphsOf(fillTemplate(t.title ?? '', { 'bureau.name': s.settings.bureauName, count: String(items.length) })).join(
        '\n',
      );
      return renderItemListPdf(r, s.settings.bureauName, items, title);
    },
  };
}

/**
 * Every page of a preview says 样张 across it: the sample carries a 文号 in the bureau's own
 * format and a real-looking entity, and a printed preview must never pass for a real notice.
 */
function specimen(renderer: PdfRenderer): PdfRenderer {
  return {
    fonts: renderer.fonts,
    render: (doc, onProgress) =>
      renderer.render({ watermark: { text: '样张', font: 'heiti', opacity: 0.1, bold: true }, ...doc }, onProgress),
    naturalLineHeight: (family, fontSize) => renderer.naturalLineHeight(family, fontSize),
    textWidth: (family, text, fontSize) => renderer.textWidth(family, text, fontSize),
    stats: () => renderer.stats(),
  };
}

/**
 * Renders a sample of a document with the template text being edited (not yet saved) to `outPath`,
 * for the live preview in settings. The text is checked as saving would check it, so an unknown
 * placeholder is refused here with the same message.
 */
export async function renderTemplatePreview(
  db: Db,
  resourcesDir: string,
  input: { type: DocumentType; text: string; path: string },
): Promise<DocumentFile> {
  const parsed = parseTemplate(TEMPLATE_SPECS[input.type], input.text);
  const items = listItems(db)
    .slice(0, 2)
    .map(({ name, method }) => ({ name, method }));
  const source: SampleSource = {
    settings: getSettings(db),
    items: items.length > 0 ? items : [{ name: '示例抽查事项', method: '现场检查' }],
    resultCodes: listResultCodes(db).filter((c) => c.active),
    date: todayIso(),
  };
  const renderer = specimen(await sharedRenderer());
  await writeFileAtomically(input.path, () => previews(db, resourcesDir)[input.type](renderer, parsed, source));
  return { path: input.path, count: 1 };
}
