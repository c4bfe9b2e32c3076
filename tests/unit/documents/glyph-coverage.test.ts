import fs from 'node:fs';
import path from 'node:path';
import { publishAll } from '../publication/publication-fixture.ts';
import { describe, expect, it } from 'vitest';
import { exportPublication } from '../../../electron/core/documents/batches/document-export.ts';
import { startNoticeBatch } from '../../../electron/core/documents/batches/document-jobs.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { applyGlyphFallback, type GlyphCoverage } from '../../../electron/core/documents/pdf/glyph-fallback.ts';
import { MissingGlyphError } from '../../../electron/core/documents/pdf/missing-glyph.ts';
import { createPdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import { gatherPublication } from '../../../electron/core/documents/data/publication-data.ts';
import { renderPublicationPdf } from '../../../electron/core/documents/definitions/publication-pdf.ts';
import { loadTemplate } from '../../../electron/core/documents/templates/template-store.ts';
import type { BatchResult } from '../../../electron/core/documents/batches/document-batch.ts';
import type { PdfDocDefinition } from '../../../electron/core/documents/pdf/pdf-types.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { drawnTask, renameDrawn } from './doc-fixtures.ts';
import { writeExtensionBStandIn } from './extb-font.ts';
import { pdfFonts, readingText } from './poppler.ts';

const EXT_B = '生僻字𠀀𠀁公司';
const EMOJI = '表情😀🍜饭店';
/** U+30000, CJK Extension G: in no font the program ships nor in 宋体-ExtB. */
const NO_FONT = '无字𰀀商行';

/** This machine's fonts plus a 宋体-ExtB, as on a PC with Chinese Windows. */
function fontsWithExtensionB() {
  const dir = tempDir();
  writeExtensionBStandIn(dir, { '𠀀': '丁', '𠀁': '七' });
  return chooseDocumentFonts([dir]);
}

describe('characters outside the role fonts', () => {
  it('print in a notice and in the 公示: Extension B from 宋体-ExtB, emoji from the bundled Noto Emoji', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 3 });
    renameDrawn(ctx, draw, [EXT_B, EMOJI]);
    const fonts = fontsWithExtensionB();
    const outDir = tempDir();
    const done = await ctx.jobs.wait(startNoticeBatch(ctx, { taskId: task.id, outDir, date: '2026-11-24', fonts }).id);
    expect(done.state, done.error ?? '').toBe('done');
    const files = (done.result as BatchResult).files;
    expect(readingText(files[0]!)).toContain(`${EXT_B}（统一社会信用代码`);
    expect(readingText(files[1]!)).toContain(`${EMOJI}（统一社会信用代码`);
    expect(pdfFonts(files[0]!).map((f) => f.name)).toContainEqual(expect.stringMatching(/\+SimSun-ExtB-StandIn$/));
    expect(pdfFonts(files[1]!).map((f) => f.name)).toContainEqual(expect.stringMatching(/\+NotoEmoji-Regular$/));

    const renderer = await createPdfRenderer(fonts);
    const publication = path.join(tempDir(), '公示.pdf');
    const data = gatherPublication(ctx.db, publishAll(ctx.db, task.id).id);
    fs.writeFileSync(publication, await renderPublicationPdf(renderer, loadTemplate(ctx.db, RESOURCES_DIR, 'publication'), data));
    const text = readingText(publication);
    expect(text).toContain(EXT_B);
    expect(text).toContain(EMOJI);
  });

  it('print emoji with the bundled fonts alone, as the 公示 export does on any PC', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 2 });
    renameDrawn(ctx, draw, [EMOJI]);
    publishAll(ctx.db, task.id);
    const file = path.join(tempDir(), '公示.pdf');
    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file });
    expect(readingText(file)).toContain(EMOJI);
  });

  it('refuse the batch when no font has a character, naming the entity and the character, in the message and the log', async () => {
    const ctx = tempContext();
    const lines: string[] = [];
    ctx.log = (line) => lines.push(line);
    const { task, draw } = drawnTask(ctx, { entities: 3 });
    renameDrawn(ctx, draw, ['大同县正常商贸有限公司', EXT_B]);
    const outDir = tempDir();
    // Without 宋体-ExtB, as on a PC whose Chinese fonts were removed.
    const done = await ctx.jobs.wait(
      startNoticeBatch(ctx, { taskId: task.id, outDir, date: '2026-11-24', fonts: chooseDocumentFonts([]) }).id,
    );
    expect(done.state).toBe('failed');
    expect(done.error).toBe(
      `无法打印“${EXT_B}”名称中的字符“𠀀”（U+20000）：本机没有包含该字的字体。请安装含有该字的字体（如 Windows 自带的“宋体-ExtB”），或把该字改为常用写法后重新生成。`,
    );
    expect(lines.join('\n')).toContain(`entity "${EXT_B}"`);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('refuse the 公示 when no font has a character, naming the entity', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 3 });
    renameDrawn(ctx, draw, ['大同县正常商贸有限公司', '大同县正常商贸有限公司二', NO_FONT]);
    publishAll(ctx.db, task.id);
    const file = path.join(tempDir(), '公示.pdf');
    await expect(exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file })).rejects.toThrow(
      `无法打印“${NO_FONT}”名称中的字符“𰀀”（U+30000）：本机没有包含该字的字体。`,
    );
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  it('drop joiners and variation selectors a font cannot draw, keep them with an emoji font that can, and refuse what no font has', () => {
    const has: Record<string, string> = { fangsong: '爱心', fallbackEmoji: '❤\u200d\ufe0f😀' };
    const coverage: GlyphCoverage = {
      hasGlyph: (family, _bold, cp) => [...(has[family] ?? '')].includes(String.fromCodePoint(cp)),
      chain: (family) => (family === 'fangsong' ? ['fallbackEmoji'] : []),
    };
    const doc: PdfDocDefinition = { content: [{ text: '爱\u200d心❤\ufe0f\u202e' }] };
    applyGlyphFallback(doc, coverage);
    expect(doc.content).toEqual([{ text: ['爱心', { text: '❤\ufe0f', font: 'fallbackEmoji' }] }]);
    expect(() => applyGlyphFallback({ content: ['爱𠀀'] }, coverage)).toThrow(MissingGlyphError);
  });
});
