import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { openAppContext } from '../../electron/core/app-context.ts';
import { startNoticeBatch } from '../../electron/core/documents/batches/document-jobs.ts';
import { chooseDocumentFonts, FONT_ROLES, type DocumentFonts } from '../../electron/core/documents/pdf/fonts.ts';
import { gatherNoticeDrafts, issueNoticeNumbers } from '../../electron/core/documents/data/notice-data.ts';
import { noticeDocument } from '../../electron/core/documents/definitions/notice-pdf.ts';
import { createPdfRenderer } from '../../electron/core/documents/pdf/pdf-renderer.ts';
import type { PdfDocDefinition } from '../../electron/core/documents/pdf/pdf-types.ts';
import { TEMPLATE_SPECS } from '../../electron/core/documents/templates/template-catalog.ts';
import { parseTemplate } from '../../electron/core/documents/templates/template-format.ts';
import { loadTemplate } from '../../electron/core/documents/templates/template-store.ts';
import { runDraw } from '../../electron/core/draw/draw-service.ts';
import { saveSettings } from '../../electron/core/settings/settings-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../unit/draw/draw-fixtures.ts';
import { benchLine } from './bench-line.ts';

/**
 * Issue 5: 500 notices as separate files ÷ the same 500 as one PDF ≤ 1.5 (both through the real
 * batch: worker thread, staging folder); our combined render ≤ 1.2 × pdfmake's own public API on
 * the same definition; a one-page notice ≤ 60 KB.
 */
const COUNT = 500;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-docs-'));
const resourcesDir = path.join(import.meta.dirname, '..', '..', 'resources');
const ctx = openAppContext({ dbPath: path.join(work, 'bench.db'), resourcesDir, version: 'bench', log: () => {} });
seedEntities(ctx.db, COUNT + 100, (i) => ({
  name: `大同县第${i}号测试商贸有限公司`,
  address: `大同县西坪镇东大街${i}号`,
  legalRep: `王法人${i}`,
}));
seedInspectors(ctx.db, 60);
saveSettings(ctx.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
const task = makeTask(ctx.db, { itemIds: [1, 2], count: COUNT });
runDraw(ctx.db, task.id, PEOPLE);
const fonts: DocumentFonts = chooseDocumentFonts();

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Runs `a` and `b` in turns, `rounds` times, and keeps each one's fastest time: other work on the
 * machine only ever adds time, so the minimum is the fairest estimate of each and turns spread
 * any slow spell over both.
 */
async function fastestOf(rounds: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  let [ta, tb] = [Infinity, Infinity];
  for (let i = 0; i < rounds; i++) {
    const [x, y] = [await timed(a), await timed(b)];
    if (process.env.BENCH_VERBOSE) console.log(`#   round ${i + 1}: ${x.toFixed(0)} ms, ${y.toFixed(0)} ms`);
    ta = Math.min(ta, x);
    tb = Math.min(tb, y);
  }
  return [ta, tb];
}

async function batch(target: { outDir?: string; combinedPath?: string }): Promise<void> {
  const done = await ctx.jobs.wait(startNoticeBatch(ctx, { taskId: task.id, date: '2026-11-24', fonts, ...target }).id);
  if (done.state !== 'done') throw new Error(`batch ${done.state}: ${done.error}`);
}

const separateDir = fs.mkdtempSync(path.join(work, 'separate-'));
const combinedPath = path.join(work, 'combined.pdf');
const [separateMs, combinedMs] = await fastestOf(
  3,
  () => batch({ outDir: separateDir }),
  () => batch({ combinedPath }),
);
console.log(
  `# ${COUNT} separate files ${(separateMs / 1000).toFixed(1)} s, one combined PDF ${(combinedMs / 1000).toFixed(1)} s` +
    ` (${(fs.statSync(combinedPath).size / 1e6).toFixed(1)} MB)`,
);
benchLine('notices-500-separate-vs-combined', separateMs / combinedMs, 'ratio', '<=', 1.5);

// The same definition through pdfmake's public API, fonts given by file as its documentation shows.
const renderer = await createPdfRenderer(fonts);
const template = loadTemplate(ctx.db, resourcesDir, 'notice');
const notices = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, resourcesDir, task.id), '2026-11-24');
const definition = (): PdfDocDefinition => noticeDocument(renderer, template, notices);
const pdfmake = createRequire(import.meta.url)('pdfmake') as {
  setFonts(fonts: object): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (file: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
};
const face = (f: { file: string; collectionName?: string }) => (f.collectionName ? [f.file, f.collectionName] : f.file);
pdfmake.setFonts(
  Object.fromEntries(
    FONT_ROLES.map((r) => [
      r,
      { normal: face(fonts[r].normal), bold: face(fonts[r].bold), italics: face(fonts[r].normal), bolditalics: face(fonts[r].bold) },
    ]),
  ),
);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => true);
let ours: Buffer = Buffer.alloc(0);
let bare: Buffer = Buffer.alloc(0);
const [oursMs, bareMs] = await fastestOf(
  3,
  async () => (ours = await renderer.render(definition())),
  async () => (bare = await pdfmake.createPdf({ ...definition(), defaultStyle: { font: 'fangsong' } }).getBuffer()),
);
console.log(
  `# combined render ${(oursMs / 1000).toFixed(1)} s, ${(ours.length / 1e6).toFixed(2)} MB; ` +
    `bare pdfmake ${(bareMs / 1000).toFixed(1)} s, ${(bare.length / 1e6).toFixed(2)} MB`,
);
benchLine('notices-500-combined-vs-bare-pdfmake-time', oursMs / bareMs, 'ratio', '<=', 1.2);
benchLine('notices-500-combined-vs-bare-pdfmake-size', ours.length / bare.length, 'ratio', '<=', 1.2);

// A notice the bureau shortened to one page (the default wording, with its materials list and the
// reminders, runs to two pages at GB/T 9704's 22 lines of 3号).
const short = parseTemplate(
  TEMPLATE_SPECS.notice,
  [
    '【标题】',
    '{{bureau.name}}',
    '市场监管领域随机抽查通知书',
    '【抬头】',
    '{{entity.name}}：',
    '【正文】',
    '根据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号），你单位被随机抽取为抽查任务{{task.code}}的检查对象，本局将于{{task.period}}依法对你单位进行检查。',
    '一、抽查检查事项',
    '{{items}}',
    '执法检查人员：{{inspectors}}。无正当理由拒绝、阻碍检查的，本局将依法处理并向社会公示。联系人：{{contact.name}}，电话：{{contact.phone}}。',
  ].join('\n'),
);
const one = await renderer.render(noticeDocument(renderer, short, [notices[0]!]));
const pages = (one.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
if (pages !== 1) throw new Error(`the short notice has ${pages} pages`);
benchLine('notice-one-page-size', Math.round(one.length / 102.4) / 10, 'KB', '<=', 60);
const standard = await renderer.render(noticeDocument(renderer, template, [notices[0]!]));
console.log(`# the default two-page notice: ${(standard.length / 1024).toFixed(1)} KB`);

ctx.db.close();
fs.rmSync(work, { recursive: true, force: true });
