import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../../electron/core/documents/definitions/document-blocks.ts';
import { documentDefinition } from '../../../electron/core/documents/definitions/document-shell.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { PORTRAIT } from '../../../electron/core/documents/pdf/page-layout.ts';
import { createPdfRenderer, type PdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import { tempDir } from '../temp-db.ts';
import { pdfText, squeeze } from './poppler.ts';

const LINE = '根据国家市场监督管理总局关于全面推行双随机一公开监管的要求本局依法开展随机抽查';

describe('body paragraphs across a page break', () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    renderer = await createPdfRenderer(chooseDocumentFonts([]));
  });

  it('moves a short paragraph to the next page whole instead of splitting it', async () => {
    const short = `第三段${LINE}${LINE}${LINE}`.slice(0, 90);
    // Enough one-line paragraphs that the short one reaches the foot of page 1, at every offset.
    for (const filler of [19, 20, 21]) {
      const text = [...Array.from({ length: filler }, (_, i) => `第${i + 1}行。`), short, '末段。'].join('\n');
      const file = path.join(tempDir(), `keep-${filler}.pdf`);
      fs.writeFileSync(
        file,
        await renderer.render(documentDefinition(renderer, PORTRAIT, { title: 't', author: 'a' }, [bodyParagraphs(text)])),
      );
      const pages = [squeeze(pdfText(file, { first: 1, last: 1 })), squeeze(pdfText(file, { first: 2, last: 2 }))];
      expect(
        pages.filter((page) => page.includes(short)),
        `filler ${filler}`,
      ).toHaveLength(1);
    }
  });

  it('lets a long paragraph flow across pages', () => {
    const long = LINE.repeat(5);
    expect(bodyParagraphs(long)[0]).not.toHaveProperty('unbreakable');
    expect(bodyParagraphs('短段。')[0]).toMatchObject({ unbreakable: true });
  });
});
