import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentStyles } from '../../../electron/core/documents/pdf/document-styles.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { applyGlyphFallback, type GlyphCoverage } from '../../../electron/core/documents/pdf/glyph-fallback.ts';
import { BODY_LINE_PITCH, pageSetup, PORTRAIT } from '../../../electron/core/documents/pdf/page-layout.ts';
import { createPdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import type { PdfDocDefinition } from '../../../electron/core/documents/pdf/pdf-types.ts';
import { tempDir } from '../temp-db.ts';
import { pdfFonts, pdfText, pdfWords, squeeze } from './poppler.ts';
import { toolMissing } from '../needs-tool.ts';

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('characters a font lacks', () => {
  it('are set in a fallback font per character, so no box is printed and the text reads back', () => {
    const has: Record<string, string> = { fangsong: 'ABC大同', fallbackSerif: '大同喆堃', fallbackExtra: '𠮷' };
    const coverage: GlyphCoverage = {
      hasGlyph: (family, _bold, cp) => (has[family] ?? '').includes(String.fromCodePoint(cp)),
      chain: (family) => (family === 'fangsong' ? ['fallbackSerif', 'fallbackExtra'] : []),
    };
    const doc: PdfDocDefinition = {
      styles: { body: { font: 'fangsong', lineHeight: 2 } },
      content: [{ text: 'A大喆B𠮷C', style: 'body' }, { stack: ['大同'] }, { text: ['同', { text: '堃', bold: true }] }],
    };
    applyGlyphFallback(doc, coverage);
    expect(doc.content).toEqual([
      { text: ['A大', { text: '喆', font: 'fallbackSerif' }, 'B', { text: '𠮷', font: 'fallbackExtra' }, 'C'], style: 'body' },
      { stack: ['大同'] },
      { text: ['同', { text: [{ text: '堃', font: 'fallbackSerif' }], bold: true }] },
    ]);
  });

  it.skipIf(toolMissing(`DejaVu Sans (${DEJAVU})`, fs.existsSync(DEJAVU), 'fonts-dejavu-core'))(
    'prints names from the fallback when the Windows font lacks them, on the same baseline grid',
    async () => {
      // A font without any Chinese stands in for 仿宋: every Chinese character must come from Noto.
      const dir = tempDir();
      fs.symlinkSync(DEJAVU, path.join(dir, 'simfang.ttf'));
      const renderer = await createPdfRenderer(chooseDocumentFonts([dir]));
      expect(renderer.fonts.fangsong.source).toBe('system');
      const file = path.join(tempDir(), 'fallback.pdf');
      const lines = ['Line one 1', '大同县喆堃商贸 two 2', 'Line three 3'];
      fs.writeFileSync(
        file,
        await renderer.render({
          ...pageSetup(PORTRAIT),
          styles: documentStyles(renderer),
          content: lines.map((text) => ({ text, style: 'body' })),
        }),
      );
      expect(squeeze(pdfText(file))).toBe(squeeze(`${lines.join('')}—1—`));
      const names = pdfFonts(file).map((f) => f.name);
      expect(names).toEqual(
        expect.arrayContaining([expect.stringMatching(/\+DejaVuSans$/), expect.stringMatching(/\+NotoSerifSC-Regular$/)]),
      );
      const y = ['one', 'two', 'three'].map((w) => pdfWords(file).find((x) => x.text === w)!.yMin);
      expect(y[1]! - y[0]!).toBeCloseTo(BODY_LINE_PITCH, 0);
      expect(y[2]! - y[1]!).toBeCloseTo(BODY_LINE_PITCH, 0);
    },
  );
});
