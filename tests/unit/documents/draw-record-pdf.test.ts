import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { getDraw } from '../../../electron/core/draw/draw-read.ts';
import { voidDraw } from '../../../electron/core/draw/draw-service.ts';
import { groupedHex } from '../../../electron/core/documents/data/draw-record-facts.ts';
import { exportDrawRecord } from '../../../electron/core/documents/batches/document-export.ts';
import { renderDrawRecordPdf } from '../../../electron/core/documents/definitions/draw-record-pdf.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { createPdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import { loadTemplate } from '../../../electron/core/documents/templates/template-store.ts';
import { PORTRAIT } from '../../../electron/core/documents/pdf/page-layout.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { drawnTask, WIDE_CODE } from './doc-fixtures.ts';
import { expectInsideTextBlock } from './layout-checks.ts';
import { pdfFonts, pdfInfo, pdfText, readingText, squeeze } from './poppler.ts';

async function recordOf(ctx: ReturnType<typeof tempContext>, drawId: number): Promise<{ file: string; text: string }> {
  const file = path.join(tempDir(), `record-${drawId}.pdf`);
  await exportDrawRecord(ctx.db, RESOURCES_DIR, { drawId, path: file });
  return { file, text: readingText(file) };
}

describe('随机抽取记录', () => {
  it('records task, filters, pool, seed, fingerprint, algorithm, the drawn entities with their teams, people and time', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 40, count: 30, task: { filters: { area: ['西坪镇', '聚乐乡'], industry: [], entityType: [], riskClass: [] } } });
    const { file, text } = await recordOf(ctx, draw.id);
    expect(text.startsWith('随机抽取记录')).toBe(true);
    expect(text).toContain(`抽查任务${task.code}${task.name}`);
    expect(text).toContain('定向条件区域：西坪镇、聚乐乡');
    expect(text).toContain(`候选对象${draw.poolSize}户`);
    expect(text).toContain(`算法版本${draw.algorithm}`);
    expect(text).toContain(squeeze(`随机种子${groupedHex(draw.seed)}`));
    expect(text).toContain(squeeze(`候选名单指纹${groupedHex(draw.poolHash)}`));
    expect(text).toContain('操作人张操作');
    expect(text).toContain('监督人李监督');
    for (const e of draw.selected) {
      expect(text).toContain(squeeze(`${e.position}${e.name}${e.code}${e.inspectors.map((i) => `${i.name}（${i.certNo}）${i.leader ? '组长' : ''}`).join('')}`));
    }
    // Each credit code stays on one line of its cell, also one with several wide letters (M, W).
    const lines = pdfText(file, { layout: true }).split('\n');
    expect(draw.selected.map((e) => e.code)).toContain(WIDE_CODE);
    for (const e of draw.selected) expect(lines.some((line) => line.includes(e.code)), e.code).toBe(true);
    expect(text).toContain('操作人（签字）：监督人（签字）：');
    expect(text).not.toContain('作废');
    expect(Number(pdfInfo(file).Pages)).toBeGreaterThan(1);
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expectInsideTextBlock(file, PORTRAIT);
  });

  it('lists each 递补 with the inspector replaced, the new one and the reason', async () => {
    const ctx = tempContext();
    const { draw } = drawnTask(ctx, { entities: 4 });
    const e = draw.selected[0]!;
    const out = e.inspectors[0]!;
    replaceInspector(ctx.db, { drawId: draw.id, entityCode: e.code, certNo: out.certNo, reason: '与检查对象存在利害关系，申请回避', operator: '张操作' });
    const now = getDraw(ctx.db, draw.id).selected[0]!.inspectors[0]!;
    const { text } = await recordOf(ctx, draw.id);
    expect(text).toContain(`${now.name}（${now.certNo}）组长递补`);
    expect(text).toContain(squeeze(`递补记录检查对象原执法人员递补执法人员递补理由递补时间${e.name}${out.name}${out.certNo}${now.name}${now.certNo}与检查对象存在利害关系，申请回避`));
  });

  it('marks a voided draw 作废 with the reason', async () => {
    const ctx = tempContext();
    const { draw } = drawnTask(ctx, { entities: 4 });
    voidDraw(ctx.db, draw.id, '抽取范围选错了名录', '张操作');
    const { text } = await recordOf(ctx, draw.id);
    expect(text).toMatch(/^随机抽取记录(作废)?本记录已作废作废时间：\d{4}年\d+月\d+日\d{2}:\d{2}:\d{2}；作废理由：抽取范围选错了名录/);
  });

  it('says a draw used 信用风险分类 without printing any entity’s class', async () => {
    const ctx = tempContext();
    const { draw } = drawnTask(ctx, { entities: 12, task: { count: null, ratio: 50, classRatios: { A: 20, D: 100 } } });
    const { text } = await recordOf(ctx, draw.id);
    expect(text).toContain('按信用风险分类确定抽查范围或比例（分类结果不公开）');
    expect(text).not.toMatch(/[ABCD]类|风险分类：|等级/);
  });

  it('never leaves the 抽取结果 heading alone at the foot of a page', async () => {
    const ctx = tempContext();
    const { draw } = drawnTask(ctx, { entities: 12, count: 6 });
    const renderer = await createPdfRenderer(chooseDocumentFonts([]));
    const template = loadTemplate(ctx.db, RESOURCES_DIR, 'drawRecord');
    const first = squeeze(draw.selected[0]!.name);
    const pagesOfHeading: number[] = [];
    // Lengthen the opening a paragraph at a time, so the heading passes the foot of pages 1 and 2.
    for (const filler of [0, 1, 2, 3, 21, 22, 23, 24]) {
      const intro = Array.from({ length: filler }, (_, i) => `第${i + 1}段。`).join('\n');
      const file = path.join(tempDir(), `heading-${filler}.pdf`);
      fs.writeFileSync(file, await renderDrawRecordPdf(renderer, { ...template, intro }, { bureauName: '大同县市场和质量监督管理局', draw }));
      const pages = pdfText(file).split('\f').map(squeeze);
      const page = pages.findIndex((text) => text.includes('抽取结果（6户）'));
      pagesOfHeading.push(page + 1);
      expect(pages[page], `filler ${filler}`).toContain(first);
    }
    expect(new Set(pagesOfHeading), 'the sweep must carry the heading over the page breaks').toEqual(new Set([1, 2, 3]));
  });
});
