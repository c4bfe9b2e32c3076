import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abandonCeremony, startCeremony } from '../../../electron/core/draw/draw-ceremony.ts';
import { drawPackage } from '../../../electron/core/draw/draw-package.ts';
import { drawProof } from '../../../electron/core/draw/draw-proof.ts';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { getDraw } from '../../../electron/core/draw/draw-read.ts';
import { runDraw, voidDraw } from '../../../electron/core/draw/draw-service.ts';
import { groupedHex } from '../../../electron/core/documents/data/draw-record-facts.ts';
import type { PdfContent, PdfDocDefinition, PdfNode } from '../../../electron/core/documents/pdf/pdf-types.ts';
import { exportDrawRecord } from '../../../electron/core/documents/batches/document-export.ts';
import { renderDrawRecordPdf } from '../../../electron/core/documents/definitions/draw-record-pdf.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { createPdfRenderer, type PdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import { loadTemplate } from '../../../electron/core/documents/templates/template-store.ts';
import { PORTRAIT } from '../../../electron/core/documents/pdf/page-layout.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { makeTask, PEOPLE } from '../draw/draw-fixtures.ts';
import { hasCommand, toolMissing } from '../needs-tool.ts';
import { drawnTask, WIDE_CODE } from './doc-fixtures.ts';
import { expectInsideTextBlock } from './layout-checks.ts';
import { pdfFonts, pdfInfo, pdfText, readingText, squeeze } from './poppler.ts';

const SECRETS = ['5a'.repeat(32), 'c3'.repeat(32)];

/**
 * A task drawn the witnessed way after one start was abandoned: 开始抽取, 放弃, 开始抽取 again,
 * then the 监督人's digits (typed full-width, with a space) and that day's lottery numbers.
 */
function witnessedDraw(ctx: ReturnType<typeof tempContext>) {
  const { draw: earlier } = drawnTask(ctx, { entities: 12, count: 3 });
  voidDraw(ctx.db, earlier.id, '监督人未到场', '张操作');
  const task = makeTask(ctx.db, { itemIds: [1], count: 4 });
  startCeremony(ctx.db, task.id, PEOPLE, new Date('2026-11-25T01:00:00Z'), SECRETS[0]);
  abandonCeremony(ctx.db, task.id, '张操作', '监督人临时离开', new Date('2026-11-25T01:05:00Z'));
  const ceremony = startCeremony(ctx.db, task.id, PEOPLE, new Date('2026-11-25T01:10:00Z'), SECRETS[1]);
  const draw = runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-25T01:12:00Z'), {
    mode: 'witnessed',
    ceremonyId: ceremony.id,
    witnessDigits: '３１ 4159 26',
    publicValue: ' 福彩3D 第2026318期 5 8 2 ',
  });
  return { draw, pkg: drawPackage(ctx.db, draw.id) };
}

/** Every `{ qr }` node of a document definition, wherever it is nested. */
function qrTexts(content: PdfContent): string[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(qrTexts);
  const node = content as PdfNode & { qr?: string; columns?: PdfContent[] };
  return [
    ...(typeof node.qr === 'string' ? [node.qr] : []),
    ...[node.text, node.stack, node.columns, node.table?.body].flatMap((part) => (part === undefined ? [] : qrTexts(part as PdfContent))),
  ];
}

async function recordOf(ctx: ReturnType<typeof tempContext>, drawId: number): Promise<{ file: string; text: string }> {
  const file = path.join(tempDir(), `record-${drawId}.pdf`);
  await exportDrawRecord(ctx.db, RESOURCES_DIR, { drawId, path: file });
  return { file, text: readingText(file) };
}

describe('随机抽取记录', () => {
  it('records task, filters, pool, seed, fingerprint, algorithm, the drawn entities with their teams, people and time', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, {
      entities: 40,
      count: 30,
      task: { filters: { area: ['西坪镇', '聚乐乡'], industry: [], entityType: [], riskClass: [] } },
    });
    const { file, text } = await recordOf(ctx, draw.id);
    expect(text.startsWith('随机抽取记录')).toBe(true);
    expect(text).toContain(`抽查任务${task.code}${task.name}`);
    expect(text).toContain('定向条件区域：西坪镇、聚乐乡');
    expect(text).toContain(`候选对象${draw.poolSize}户`);
    expect(text).toContain(`算法版本${draw.algorithm}`);
    expect(text).toContain(squeeze(`随机种子${groupedHex(draw.seed)}`));
    expect(text).toContain('种子来源一键抽取（未经监督人见证随机数）');
    expect(text).not.toContain('承诺值');
    expect(text).toContain(squeeze(`候选名单指纹${groupedHex(draw.poolHash)}`));
    expect(text).toContain('操作人张操作');
    expect(text).toContain('监督人李监督');
    for (const e of draw.selected) {
      expect(text).toContain(
        squeeze(`${e.position}${e.name}${e.code}${e.inspectors.map((i) => `${i.leader ? '组长' : ''}${i.name}（${i.certNo}）`).join('')}`),
      );
    }
    // Each credit code stays on one line of its cell, also one with several wide letters (M, W).
    const lines = pdfText(file, { layout: true }).split('\n');
    expect(draw.selected.map((e) => e.code)).toContain(WIDE_CODE);
    for (const e of draw.selected)
      expect(
        lines.some((line) => line.includes(e.code)),
        e.code,
      ).toBe(true);
    expect(text).toContain('操作人（签字）：监督人（签字）：');
    // A plain draw says so in a box of its own, right under the facts.
    expect(text).toContain(`${squeeze(`记录编号#${draw.id}`)}本次为一键抽取，种子由电脑随机产生，未经监督人输入随机数抽取结果`);
    // The first draw of the database: the 64 zeros before it are explained, not left to look like a fault.
    expect(text).toContain(`上一条记录哈希${'0'.repeat(64)}（本数据库的第一条抽取记录，之前没有记录）`);
    // What an outsider needs besides the printed seed, right before the lines to sign.
    expect(text).toContain(
      '复核还需本次抽取的核验包（在程序中点“导出核验包”取得），内有冻结的候选名单和执法检查人员名单。操作人（签字）：',
    );
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
    replaceInspector(ctx.db, {
      drawId: draw.id,
      entityCode: e.code,
      certNo: out.certNo,
      reason: '与检查对象存在利害关系，申请回避',
      operator: '张操作',
    });
    const now = getDraw(ctx.db, draw.id).selected[0]!.inspectors[0]!;
    const { text } = await recordOf(ctx, draw.id);
    expect(text).toContain(`组长、递补${now.name}（${now.certNo}）`);
    expect(text).toContain(
      squeeze(
        `递补记录检查对象原执法人员递补执法人员递补理由递补时间${e.name}${out.name}${out.certNo}${now.name}${now.certNo}与检查对象存在利害关系，申请回避`,
      ),
    );
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
    // Lengthen the opening a paragraph at a time, so the heading passes the foot of pages 2 and 3
    // (a plain draw's facts and its boxed 一键抽取 note fill page 1 even without an opening).
    for (const filler of [18, 19, 20, 21, 40, 41, 42, 43]) {
      const intro = Array.from({ length: filler }, (_, i) => `第${i + 1}段。`).join('\n');
      const file = path.join(tempDir(), `heading-${filler}.pdf`);
      fs.writeFileSync(
        file,
        await renderDrawRecordPdf(renderer, { ...template, intro }, { bureauName: '大同县市场和质量监督管理局', draw }),
      );
      const pages = pdfText(file).split('\f').map(squeeze);
      const page = pages.findIndex((text) => text.includes('抽取结果（6户）'));
      pagesOfHeading.push(page + 1);
      expect(pages[page], `filler ${filler}`).toContain(first);
    }
    expect(new Set(pagesOfHeading), 'the sweep must carry the heading over the page breaks').toEqual(new Set([2, 3, 4]));
  });

  it('prints how a witnessed seed was made (C, r, w, v, F), every earlier start with its secret, and the hashes that anchor the record', async () => {
    const ctx = tempContext();
    const { draw, pkg } = witnessedDraw(ctx);
    const parts = pkg.seedParts;
    if (parts.mode !== 'witnessed') throw new Error('expected a witnessed draw');
    const { text } = await recordOf(ctx, draw.id);
    const hex = (value: string) => squeeze(groupedHex(value));
    expect(text).toContain(`算法版本SSJ-DRAW-2种子来源见证抽取`);
    expect(text).toContain(`随机种子${hex(draw.seed)}`);
    expect(text).toContain(`承诺值C${hex(parts.commitment)}（2026年11月25日`);
    expect(text).toContain(`秘密随机数r${hex(parts.secret)}`);
    expect(parts.secret).toBe(SECRETS[1]);
    expect(text).toContain('监督人随机数w31415926');
    expect(text).toContain('公开随机值v福彩3D第2026318期582');
    expect(text).toContain(`开始时候选名单指纹F${hex(parts.poolHash)}`);
    // Two starts of this task: the abandoned one and the one drawn (the earlier draw was another task's).
    expect(pkg.ceremonies).toHaveLength(2);
    expect(text).toContain('本任务曾开始抽取2次，第2次完成本次抽取；其余1次如下，其秘密随机数已公布');
    const abandoned = pkg.ceremonies[0]!;
    expect(text).toContain(squeeze(`第 1 次开始抽取2026年11月25日`));
    // Who witnessed the start given up, when and why it was given up, then C and the revealed r.
    expect(text).toMatch(
      new RegExp(
        `开始已放弃操作人：张操作监督人：李监督放弃时间：2026年11月25日\\d{2}:05:00放弃理由：监督人临时离开承诺值：${hex(abandoned.commitment)}秘密随机数：${hex(SECRETS[0]!)}`,
      ),
    );
    expect(text).toContain(`记录哈希${hex(pkg.record.hash)}`);
    expect(text).toContain(`上一条记录哈希${hex(pkg.record.prevHash)}`);
    expect(pkg.record.prevHash).not.toBe('0'.repeat(64));
    expect(text).not.toContain('本数据库的第一条抽取记录');
    expect(text).toContain(`审计链头（抽取时）${hex(pkg.record.auditEntryHash!)}`);
    // The 监督人 signs right under the digits he typed.
    expect(text.indexOf('核验二维码')).toBeLessThan(text.indexOf('监督人（签字）'));
    expect(text).not.toContain('一键抽取');
  });

  it('an earlier start on a plain draw is listed too, and the plain draw says so', async () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 8, count: 2 });
    const draws = getDraw(ctx.db, 1);
    voidDraw(ctx.db, draws.id, '重新抽取', '张操作');
    startCeremony(ctx.db, task.id, PEOPLE, new Date('2026-11-25T01:00:00Z'), SECRETS[0]);
    abandonCeremony(ctx.db, task.id, '张操作', '', new Date('2026-11-25T01:01:00Z'));
    const draw = runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-25T01:02:00Z'));
    const { text } = await recordOf(ctx, draw.id);
    expect(text).toContain('种子来源一键抽取（未经监督人见证随机数）：随机种子由程序从操作系统的随机数源取得');
    expect(text).toContain('本任务曾开始抽取1次，本次为一键抽取；其余1次如下');
    expect(text).toContain(squeeze(`秘密随机数：${groupedHex(SECRETS[0]!)}`));
    // Given up without a reason typed: the core's own words stand for it.
    expect(text).toContain('监督人：李监督放弃时间：2026年11月25日');
    expect(text).toContain('放弃理由：放弃抽取承诺值：');
    expect(text).toContain('本次为一键抽取，种子由电脑随机产生，未经监督人输入随机数');
  });

  it('carries record hash, previous hash, audit head and seed in a QR code', async () => {
    const ctx = tempContext();
    const { draw, pkg } = witnessedDraw(ctx);
    const renderer = await createPdfRenderer(chooseDocumentFonts([]));
    const definitions: PdfDocDefinition[] = [];
    const spy: PdfRenderer = {
      fonts: renderer.fonts,
      render: (doc, progress) => (definitions.push(doc), renderer.render(doc, progress)),
      naturalLineHeight: (family, size) => renderer.naturalLineHeight(family, size),
      textWidth: (family, text, size) => renderer.textWidth(family, text, size),
      stats: () => renderer.stats(),
    };
    const template = loadTemplate(ctx.db, RESOURCES_DIR, 'drawRecord');
    const dir = tempDir();
    const file = path.join(dir, 'qr.pdf');
    fs.writeFileSync(
      file,
      await renderDrawRecordPdf(spy, template, { bureauName: '大同县市场和质量监督管理局', draw, proof: drawProof(ctx.db, draw.id) }),
    );
    const expected = `SSJ-DRAW-2;draw=${draw.id};hash=${pkg.record.hash};prev=${pkg.record.prevHash};audit=${pkg.record.auditEntryHash};seed=${draw.seed}`;
    expect(qrTexts(definitions.at(-1)!.content)).toEqual([expected]);
    if (toolMissing('zbarimg', hasCommand('zbarimg'), 'zbar-tools') || toolMissing('pdftoppm', hasCommand('pdftoppm'), 'poppler-utils'))
      return;
    const pages = Number(pdfInfo(file).Pages);
    execFileSync('pdftoppm', ['-png', '-r', '200', '-f', String(pages), '-l', String(pages), file, path.join(dir, 'qr-page')]);
    const image = fs.readdirSync(dir).find((f) => f.startsWith('qr-page') && f.endsWith('.png'))!;
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, image)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    expect(decoded).toBe(expected);
  });
});
