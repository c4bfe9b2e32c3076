import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentStyles } from '../../../electron/core/documents/pdf/document-styles.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import {
  formatPageNumber,
  LANDSCAPE,
  mm,
  pageNumberFooter,
  pageSetup,
  PORTRAIT,
  ptToMm,
} from '../../../electron/core/documents/pdf/page-layout.ts';
import { createPdfRenderer, type PdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import type { PdfNode } from '../../../electron/core/documents/pdf/pdf-types.ts';
import { tempDir } from '../temp-db.ts';
import { pdfText } from './poppler.ts';

const HAN = '国务院办公厅关于推广随机抽查规范事中事后监管的通知要求本局决定对你单位开展随机抽查请予以配合';

describe('GB/T 9704 page layout', () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    renderer = await createPdfRenderer(chooseDocumentFonts([]));
  });

  async function portraitPdf(content: PdfNode[]): Promise<string> {
    const file = path.join(tempDir(), 'page.pdf');
    fs.writeFileSync(file, await renderer.render({ ...pageSetup(PORTRAIT), styles: documentStyles(renderer), content }));
    return file;
  }

  it('converts millimetres to points and back', () => {
    expect(mm(25.4)).toBeCloseTo(72, 10);
    expect(ptToMm(mm(37))).toBeCloseTo(37, 10);
  });

  it('has a 156 × 225 mm text block on A4, lying on its side in landscape', () => {
    expect(ptToMm(PORTRAIT.textWidth)).toBeCloseTo(156, 6);
    expect(ptToMm(PORTRAIT.textHeight)).toBeCloseTo(225, 6);
    expect(ptToMm(PORTRAIT.margins.top)).toBeCloseTo(37, 6);
    expect(ptToMm(PORTRAIT.margins.left)).toBeCloseTo(28, 6);
    expect([ptToMm(LANDSCAPE.width), ptToMm(LANDSCAPE.height)].map(Math.round)).toEqual([297, 210]);
    expect(ptToMm(LANDSCAPE.textWidth)).toBeCloseTo(225, 6);
    expect(ptToMm(LANDSCAPE.textHeight)).toBeCloseTo(156, 6);
  });

  it('sets body text 22 lines to a page and 28 characters to a line', async () => {
    const body = HAN.repeat(40).slice(0, 28 * 60);
    const file = await portraitPdf([{ text: body, style: 'body', leadingIndent: 0 }]);
    const lines = pdfText(file, { first: 2, last: 2, layout: true })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const bodyLines = lines.slice(0, -1);
    expect(bodyLines).toHaveLength(22);
    for (const line of bodyLines) expect([...line]).toHaveLength(28);
    expect(lines.at(-1)).toBe('—2—');
  });

  it('indents a paragraph by two characters', async () => {
    const file = await portraitPdf([{ text: HAN.repeat(3), style: 'body' }]);
    const [first, second] = pdfText(file, { layout: true })
      .split('\n')
      .filter((l) => l.trim());
    expect([...first!.trim()]).toHaveLength(26);
    expect([...second!.trim()]).toHaveLength(28);
  });

  it('prints "— 1 —" 7 mm below the text block, on the outer side of odd and even pages', async () => {
    const file = await portraitPdf([{ text: HAN.repeat(30), style: 'body' }]);
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const dashes = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>—<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
    }));
    const blockBottom = PORTRAIT.height - PORTRAIT.margins.bottom;
    expect(ptToMm(dashes[0]!.y - blockBottom)).toBeCloseTo(7, 0);
    const textRight = PORTRAIT.width - PORTRAIT.margins.right;
    expect(dashes[0]!.x).toBeGreaterThan(textRight - 60); // page 1: right
    expect(dashes[2]!.x).toBeLessThan(PORTRAIT.margins.left + 30); // page 2: left
  });

  it('formats page numbers between two 一字线 and can centre them', () => {
    expect(formatPageNumber(12)).toBe('— 12 —');
    const footer = pageNumberFooter(LANDSCAPE, 'center')!;
    expect(footer(3, 9)).toMatchObject({ text: '— 3 —', alignment: 'center', style: 'pageNumber' });
  });
});
