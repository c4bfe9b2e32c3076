import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { writeBatch, type BatchResult } from '../../../electron/core/documents/batches/document-batch.ts';
import { renderBatch } from '../../../electron/core/documents/batches/batch-render.ts';
import { startNoticeBatch, startSheetBatch } from '../../../electron/core/documents/batches/document-jobs.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { gatherNoticeDrafts, issueNoticeNumbers } from '../../../electron/core/documents/data/notice-data.ts';
import { MAX_NAME_BYTES, uniqueFileNames, windowsFileStem } from '../../../electron/core/documents/batches/file-names.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { loadTemplate } from '../../../electron/core/documents/templates/template-store.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { makeTask, PEOPLE } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { drawnTask, renameDrawn } from './doc-fixtures.ts';
import { pdfInfo, pdfText, readingText, squeeze } from './poppler.ts';

const fonts = chooseDocumentFonts([]);

describe('document batches', () => {
  it('writes one notice per drawn entity named “<文号> <名称>.pdf”, and the same notices as one PDF numbered per notice', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 8 });
    const outDir = tempDir();
    const combinedPath = path.join(tempDir(), '全部通知书.pdf');
    const started = startNoticeBatch(ctx, { taskId: task.id, outDir, combinedPath, date: '2026-11-24', fonts });
    const done = await ctx.jobs.wait(started.id);
    expect(done).toMatchObject({ state: 'done', progress: { rows: 8 } });
    const result = done.result as BatchResult;
    expect(result).toMatchObject({ count: 8, folder: outDir, combinedPath, docNumbers: '大同县市监〔2026〕1号 至 大同县市监〔2026〕8号' });

    const expected = draw.selected.map((e, i) => windowsFileStem(`大同县市监〔2026〕${i + 1}号 ${e.name}`) + '.pdf');
    expect(fs.readdirSync(outDir).sort()).toEqual([...expected].sort());
    expect(expected.some((n) => /^大同县市监〔2026〕\d号 大同县玥彧／昇平农资经营部\.pdf$/.test(n))).toBe(true);
    expect(expected.some((n) => /^大同县市监〔2026〕\d号 大同县＂惠民＂超市（西坪店）\.pdf$/.test(n))).toBe(true);
    expect(readingText(path.join(outDir, expected[1]!))).toContain(
      `${draw.selected[1]!.name}（统一社会信用代码：${draw.selected[1]!.code}）`,
    );

    const pages = Number(pdfInfo(combinedPath).Pages);
    const perNotice = Number(pdfInfo(path.join(outDir, expected[0]!)).Pages);
    expect(pages).toBe(8 * perNotice);
    const numbers = Array.from(
      { length: pages },
      (_, p) => squeeze(pdfText(combinedPath, { first: p + 1, last: p + 1 })).match(/—(\d+)—$/)?.[1],
    );
    expect(numbers).toEqual(Array.from({ length: pages }, (_, p) => String((p % perNotice) + 1)));
    const all = readingText(combinedPath);
    draw.selected.forEach((e, i) => expect(all).toContain(`大同县市监〔2026〕${i + 1}号${e.name}`));
    expect(fs.readdirSync(path.dirname(combinedPath))).toEqual(['全部通知书.pdf']);
  });

  it('draws a batch large enough for two threads: every notice in its own file under its own 文号, the combined PDF whole, progress to the last', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 45 });
    const outDir = tempDir();
    const combinedPath = path.join(tempDir(), '全部.pdf');
    const started = startNoticeBatch(ctx, { taskId: task.id, outDir, combinedPath, date: '2026-11-24', fonts });
    const seen: number[] = [];
    while (ctx.jobs.status(started.id).state === 'running') {
      seen.push(ctx.jobs.status(started.id).progress.rows);
      await new Promise((r) => setTimeout(r, 20));
    }
    const done = await ctx.jobs.wait(started.id);
    expect(done).toMatchObject({ state: 'done', progress: { rows: 45 } });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThanOrEqual(45);
    const files = fs.readdirSync(outDir);
    expect(files).toHaveLength(45);
    for (const i of [0, 22, 23, 44]) {
      const name = windowsFileStem(`大同县市监〔2026〕${i + 1}号 ${draw.selected[i]!.name}`) + '.pdf';
      expect(files).toContain(name);
      expect(readingText(path.join(outDir, name))).toContain(`大同县市监〔2026〕${i + 1}号`);
    }
    const perNotice = Number(pdfInfo(path.join(outDir, files[0]!)).Pages);
    expect(Number(pdfInfo(combinedPath).Pages)).toBe(45 * perNotice);
  });

  it('keeps every 文号 when the batch is written again, and the next task continues the sequence', async () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 6, count: 3 });
    const names = async (taskId: number) => {
      const dir = tempDir();
      await ctx.jobs.wait(startNoticeBatch(ctx, { taskId, outDir: dir, fonts }).id);
      return fs.readdirSync(dir).sort();
    };
    const first = await names(task.id);
    expect(await names(task.id)).toEqual(first);
    const next = makeTask(ctx.db, { name: '第二批', count: 3 });
    runDraw(ctx.db, next.id, PEOPLE);
    const second = await names(next.id);
    const numbers = [...first, ...second]
      .map((n) => n.match(/〔2026〕(\d+)号/)![1])
      .map(Number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves no file at all when cancelled', async () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 40 });
    const outDir = tempDir();
    const combinedDir = tempDir();
    const started = startNoticeBatch(ctx, { taskId: task.id, outDir, combinedPath: path.join(combinedDir, 'all.pdf'), fonts });
    while (ctx.jobs.status(started.id).progress.rows < 2) await new Promise((r) => setTimeout(r, 20));
    ctx.jobs.cancel(started.id);
    const ended = await ctx.jobs.wait(started.id);
    expect(ended).toMatchObject({ state: 'cancelled', error: '已取消，未保存任何文件。' });
    expect(fs.readdirSync(outDir)).toEqual([]);
    expect(fs.readdirSync(combinedDir)).toEqual([]);
  });

  it('saves nothing when 取消 comes as the last notice is drawn', async () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 8 });
    const documents = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-24');
    const template = loadTemplate(ctx.db, RESOURCES_DIR, 'notice');
    const outDir = tempDir();
    const controller = new AbortController();
    const run = writeBatch(
      { job: { kind: 'notices', documents, template, fonts }, fileStems: documents.map((_, i) => `通知书${i + 1}`), outDir },
      { signal: controller.signal, onProgress: (p) => p.rows === documents.length && controller.abort() },
    );
    await expect(run).rejects.toThrow('已取消，未保存任何文件。');
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('decodes the fonts once for a whole batch, however many documents', async () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 12 });
    const notices = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-24');
    const template = loadTemplate(ctx.db, RESOURCES_DIR, 'notice');
    const run = async (count: number) => {
      const dir = tempDir();
      const documents = notices.slice(0, count);
      return renderBatch(
        {
          kind: 'notices',
          documents,
          template,
          fonts,
          files: documents.map((_, i) => path.join(dir, `${i}.pdf`)),
          combined: path.join(dir, 'all.pdf'),
        },
        () => {},
        () => false,
      );
    };
    const two = await run(2);
    const twelve = await run(12);
    expect(twelve.facesParsed).toBe(two.facesParsed);
    expect(twelve.facesParsed).toBeLessThanOrEqual(6); // Noto Serif, Sans and Emoji, regular and bold
  });

  it('writes a notice for an entity with a 200-character name and one whose name holds U+202E, names safe and at most 200 bytes', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 3 });
    const long = '大同县'.repeat(66) + '商行';
    renameDrawn(ctx, draw, [long, '大同县\u202e公司fdp.exe']);
    const outDir = tempDir();
    const done = await ctx.jobs.wait(startNoticeBatch(ctx, { taskId: task.id, outDir, date: '2026-11-24', fonts }).id);
    expect(done.state, done.error ?? '').toBe('done');
    const names = fs.readdirSync(outDir);
    expect(names).toHaveLength(3);
    for (const name of names) expect(Buffer.byteLength(name, 'utf8'), name).toBeLessThanOrEqual(200);
    expect(names.join('')).not.toContain('\u202e');
    expect(names).toContain('大同县市监〔2026〕2号 大同县公司fdp.exe.pdf');
    expect(
      readingText(
        path.join(
          outDir,
          names.find((n) => n.startsWith('大同县市监〔2026〕1号'))!,
        ),
      ),
    ).toContain(long);
  });

  it('names the entity of a document that fails, in the message and in the English cause for the log', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 2 });
    const notices = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-24');
    const template = loadTemplate(ctx.db, RESOURCES_DIR, 'notice');
    const gone = path.join(tempDir(), 'gone');
    const files = [path.join(tempDir(), 'a.pdf'), path.join(gone, 'b.pdf')];
    const failed = await renderBatch(
      { kind: 'notices', documents: notices, template, fonts, files, combined: null },
      () => {},
      () => false,
    ).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AppError);
    const name = draw.selected[1]!.name;
    expect((failed as AppError).message).toBe(`无法生成“${name}”的检查通知书（第 2 份）：保存文件夹已不存在。详细原因见日志。`);
    expect((failed as AppError).logCause).toContain(`document 2 (entity "${name}"): Error: ENOENT`);
  });

  it('writes a task’s record sheets through the contract and says which folder is missing', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 3 });
    const outDir = tempDir();
    const started = await dispatch(ctx, 'docs:sheets', { taskId: task.id, outDir });
    expect(started).toMatchObject({ ok: true, data: { state: 'running', kind: 'docs:sheets' } });
    const ended = await dispatch(ctx, 'jobs:wait', { jobId: (started as { data: { id: string } }).data.id });
    expect(ended).toMatchObject({ ok: true, data: { state: 'done' } });
    expect(fs.readdirSync(outDir).sort()).toEqual(
      draw.selected
        .map((e) => windowsFileStem(`随机抽查情况记录表 ${task.code}-${String(e.position).padStart(3, '0')} ${e.name}`) + '.pdf')
        .sort(),
    );

    const missing = path.join(tempDir(), '没有这个文件夹');
    expect(() => startSheetBatch(ctx, { taskId: task.id, outDir: missing, fonts })).toThrow(
      `文件夹“${missing}”不存在。请重新选择保存位置。`,
    );
    const none = await dispatch(ctx, 'docs:notices', { taskId: task.id });
    expect(none).toMatchObject({ ok: false });
  });
});

describe('file names', () => {
  it('turns what Windows forbids into full-width look-alikes, drops control characters and trailing dots, avoids device names', () => {
    expect(windowsFileStem('甲<乙>:丙"丁/戊\\己|庚?辛*')).toBe('甲＜乙＞：丙＂丁／戊＼己｜庚？辛＊');
    expect(windowsFileStem('某某商行\t\n.. ')).toBe('某某商行');
    expect(windowsFileStem('CON')).toBe('_CON');
    expect(windowsFileStem('x'.repeat(300))).toHaveLength(120);
    expect(uniqueFileNames(['甲', '甲', 'A', 'a'])).toEqual(['甲.pdf', '甲（2）.pdf', 'A.pdf', 'a（2）.pdf']);
  });

  it('are at most 200 UTF-8 bytes with the extension and （2）, cut between characters, and still apart when the cut makes two alike', () => {
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
    const long = `大同县市监〔2026〕1号 ${'大同县某某'.repeat(40)}`;
    const emoji = `${'表情😀'.repeat(60)}👨‍👩‍👧饭店`;
    const names = uniqueFileNames([long, `${long}甲`, emoji, 'x'.repeat(300)]);
    for (const name of names) expect(bytes(name), name).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(names[0]!.startsWith('大同县市监〔2026〕1号 大同县某某')).toBe(true);
    expect(names[1]).toMatch(/（2）\.pdf$/);
    expect(names[0]).not.toBe(names[1]);
    expect([...names[2]!.slice(0, -4)].every((c) => c.codePointAt(0)! < 0xd800 || c.codePointAt(0)! > 0xdfff)).toBe(true);
    expect(bytes(names[3]!)).toBe(124);
  });

  it('drop bidi controls and other invisible controls, so “…\u202Efdp.exe” cannot pass for a PDF', () => {
    expect(windowsFileStem('某某\u202e公司fdp.exe')).toBe('某某公司fdp.exe');
    expect(windowsFileStem('\u202a甲\u202b乙\u202c丙\u202d丁\u2066戊\u2067己\u2068庚\u2069辛\u200e壬\u200f癸\u061c子\u0085丑\ufeff')).toBe(
      '甲乙丙丁戊己庚辛壬癸子丑',
    );
  });
});
