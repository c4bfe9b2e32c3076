import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseDocumentFonts, FONT_ROLES } from '../../../electron/core/documents/pdf/fonts.ts';
import { createPdfRenderer, type PdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import type { PdfDocDefinition } from '../../../electron/core/documents/pdf/pdf-types.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { tempDir } from '../temp-db.ts';
import { fakeWindowsFonts } from './fake-fonts.ts';
import { pdfFonts, pdfText, squeeze } from './poppler.ts';
import { toolMissing } from '../needs-tool.ts';

const SYSTEM_TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const noSystemTtc = toolMissing(`Noto Serif CJK (${SYSTEM_TTC})`, fs.existsSync(SYSTEM_TTC), 'fonts-noto-cjk');

/** A small notice-like document using every font role. */
function smallDocument(n: number): PdfDocDefinition {
  return {
    content: [
      { text: `市场监管领域随机抽查通知书第${n}号`, font: 'xiaobiaosong', fontSize: 22 },
      { text: '一、抽查检查事项', font: 'heiti' },
      { text: '（一）检查时间和检查方法', font: 'kaiti' },
      { text: `根据《企业信息公示暂行条例》第十四条，决定对你单位进行检查（${n}）。`, font: 'fangsong' },
      { text: '— 1 —', font: 'songti' },
    ],
  };
}

function save(pdf: Buffer): string {
  const file = path.join(tempDir(), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

describe('PDF renderer', () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    renderer = await createPdfRenderer(chooseDocumentFonts([]));
  });

  it('decodes each font face once for a whole batch of documents', async () => {
    const before = renderer.stats();
    for (let n = 1; n <= 20; n++) await renderer.render(smallDocument(n));
    const after = renderer.stats();
    expect(after.documents - before.documents).toBe(20);
    expect(after.facesParsed).toBe(before.facesParsed);
    // 仿宋, 宋体 and 楷体 share Noto Serif; each document still needs its three faces.
    expect(after.facesReused - before.facesReused).toBe(20 * 3);
  });

  it('embeds every font as a subset, with a Unicode map so the text is searchable', async () => {
    const file = save(await renderer.render(smallDocument(7)));
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
    expect(squeeze(pdfText(file))).toContain(squeeze('根据《企业信息公示暂行条例》第十四条，决定对你单位进行检查（7）。'));
  });

  it('gives each document only its own glyphs and text, even when rendered at the same time', async () => {
    const [a, b] = await Promise.all([
      renderer.render({ content: [{ text: '甲单位' }] }),
      renderer.render({ content: [{ text: '乙单位' }] }),
    ]);
    expect(squeeze(pdfText(save(a!)))).toBe('甲单位');
    expect(squeeze(pdfText(save(b!)))).toBe('乙单位');
  });

  it('keeps a small document small: fonts are subset, not embedded whole', async () => {
    const pdf = await renderer.render(smallDocument(1));
    expect(pdf.length).toBeLessThan(60_000);
  });

  it('renders with the Windows fonts when they are present', async () => {
    const dir = fakeWindowsFonts(['simfang.ttf', 'simhei.ttf', 'simkai.ttf', 'simsun.ttc']);
    const windows = await createPdfRenderer(chooseDocumentFonts([dir]));
    for (const role of ['fangsong', 'heiti', 'kaiti', 'songti'] as const) expect(windows.fonts[role].source).toBe('system');
    const file = save(await windows.render(smallDocument(2)));
    expect(squeeze(pdfText(file))).toContain('一、抽查检查事项');
    expect(pdfFonts(file).every((f) => f.embedded && f.subset)).toBe(true);
  });

  it.skipIf(noSystemTtc)('reads a face out of a .ttc collection, as simsun.ttc needs', async () => {
    const fonts = chooseDocumentFonts([]);
    const face = { file: SYSTEM_TTC, collectionName: 'NotoSerifCJKsc-Regular' };
    fonts.songti = { ...fonts.songti, source: 'system', normal: face, bold: face };
    const withTtc = await createPdfRenderer(fonts);
    const file = save(await withTtc.render({ content: [{ text: '宋体表格文字', font: 'songti' }] }));
    expect(pdfFonts(file).map((f) => f.name)).toEqual([expect.stringMatching(/^[A-Z]{6}\+NotoSerifCJKsc-Regular$/)]);
  });

  it('says in Chinese which font file is broken', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'simfang.ttf'), 'not a font');
    const error = await createPdfRenderer(chooseDocumentFonts([dir])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('仿宋');
    expect((error as AppError).message).toContain(path.join(dir, 'simfang.ttf'));
  });

  it('knows how tall a line of each font is, for the grid styles', () => {
    for (const role of FONT_ROLES) {
      const height = renderer.naturalLineHeight(role, 10);
      expect(height).toBeGreaterThan(9);
      expect(height).toBeLessThan(20);
    }
  });
});
