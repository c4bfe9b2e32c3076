import { documentStyles } from '../pdf/document-styles.ts';
import { pageSetup, restartingPageNumbers, type PageGeometry } from '../pdf/page-layout.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { PdfContent, PdfDocDefinition } from '../pdf/pdf-types.ts';

/** What the PDF's properties say (shown by PDF readers, found by desktop search). */
export interface DocumentInfo {
  title: string;
  author: string;
}

/**
 * The definition of a PDF holding one document, or many printed together (a task's 500 notices):
 * GB/T 9704 page and styles; each document starts on a new page and numbers its own pages from
 * "— 1 —", so every notice in the pile reads as if printed alone.
 */
export function documentDefinition(
  renderer: PdfRenderer,
  page: PageGeometry,
  info: DocumentInfo,
  documents: PdfContent[][],
  extra: Partial<PdfDocDefinition> = {},
): PdfDocDefinition {
  const styles = documentStyles(renderer);
  const setup = pageSetup(page);
  const footerOf = restartingPageNumbers(page, page.orientation === 'portrait' ? 'outer' : 'center');
  const content: PdfContent = documents.length === 1 ? documents[0]! : documents.map((doc, i) => ({ section: doc, footer: footerOf(i) }));
  return {
    ...setup,
    info: { ...info, creator: '双随机抽查管理' },
    language: 'zh-CN',
    styles,
    defaultStyle: { font: 'fangsong' },
    content,
    ...extra,
  };
}
