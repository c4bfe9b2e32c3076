import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportPublication } from '../../../electron/core/documents/batches/document-export.ts';
import { LANDSCAPE } from '../../../electron/core/documents/pdf/page-layout.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { correctPublication, publish } from '../../../electron/core/publication/publication-act.ts';
import { setResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { markReviewed } from '../publication/publication-fixture.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { drawnTask, WIDE_CODE } from './doc-fixtures.ts';
import { expectInsideTextBlock } from './layout-checks.ts';
import { pdfFonts, pdfInfo, pdfText, readingText, squeeze } from './poppler.ts';

/** The clerk's date for these results: after every inspection date below. */
const TODAY = '2027-03-01';

const FORMULA_NAME = '=HYPERLINK("http://example.com","点我")';

/**
 * A task of 30 entities, one named like a formula: 20 found nothing, 8 a problem on the first
 * item (handled), 2 without a result; the 28 reviewed and published as a 分批公示.
 */
function publishedTask() {
  const ctx = tempContext();
  const { task, draw } = drawnTask(ctx, { entities: 30 });
  ctx.db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(FORMULA_NAME, draw.selected[3]!.entityId);
  const ids = draw.selected.map((e) => e.entityId);
  // The two left out: the last drawn that are neither the widest code nor named in the checks below.
  const missing = draw.selected.filter((e, i) => i > 3 && e.code !== WIDE_CODE).slice(-2);
  const published = draw.selected.filter((e) => !missing.includes(e)).map((e) => e.entityId);
  const items = getTask(ctx.db, task.id).items;
  const problem = items.map((i, n) => ({
    itemId: i.id,
    checked: true,
    problem: n === 0 ? '计量器具未检定' : '',
    handling: n === 0 ? '责令限期改正' : '',
  }));
  setResults(ctx.db, { taskId: task.id, entityIds: published.slice(0, 20), result: { codes: ['1'], inspectedOn: '2026-12-05' } }, TODAY);
  setResults(
    ctx.db,
    { taskId: task.id, entityIds: published.slice(20), result: { codes: ['4', 'E'], inspectedOn: '2026-12-08', itemFindings: problem } },
    TODAY,
  );
  markReviewed(ctx.db, task.id, published);
  const publication = publish(ctx.db, { taskId: task.id, entityIds: published, date: '2026-12-20' });
  return { ctx, task, draw, items, ids, missing, publication };
}

describe('抽查结果公示, printed from a stored publication', () => {
  it('prints the frozen rows on A4 landscape: per-item results, codes on one line, pages filled, header on every page', async () => {
    const { ctx, task, draw, items, missing, publication } = publishedTask();
    const file = path.join(tempDir(), '公示.pdf');
    expect(await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file })).toEqual({
      path: file,
      count: 28,
      publicationId: publication.id,
    });
    const info = pdfInfo(file);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/);
    const text = readingText(file);
    expect(text.startsWith(`大同县市场和质量监督管理局随机抽查结果公示`)).toBe(true);
    expect(text).toContain(`现将本局抽查任务“${task.name}”（任务编号：${task.code}）28户检查对象的抽查结果公示如下：`);
    const first = draw.selected[0]!;
    expect(text).toContain(`1${first.name}${first.code}${items[0]!.name}：未发现问题${items[1]!.name}：未发现问题未发现问题`);
    expect(text).toContain(`${items[0]!.name}：发现问题：计量器具未检定（处置情况：责令限期改正）`);
    expect(text).toContain('违反质量技术监督相关规定；发现问题经责令已改正');
    expect(text).not.toContain('尚未录入');
    for (const e of missing) expect(text).not.toContain(e.code);
    expect(text).toContain(FORMULA_NAME);
    expect(text.endsWith('大同县市场和质量监督管理局2026年12月20日')).toBe(true);
    expect(text).not.toMatch(/风险|[ABCD]类/);
    // The trial's 公示 broke codes over two lines; the widest code (W, M, Q) stays on one.
    const raw = pdfText(file, { raw: true });
    const shown = draw.selected.filter((e) => !missing.includes(e));
    for (const e of shown)
      expect(
        raw.split('\n').some((l) => l.includes(e.code)),
        e.code,
      ).toBe(true);
    expect(shown.map((e) => e.code)).toContain(WIDE_CODE);
    // Each page holds as many rows as fit: the trial's pages ended after half of them.
    const pages = Number(info.Pages);
    expect(pages).toBeLessThanOrEqual(5);
    const header = '序号检查对象名称统一社会信用代码检查事项及检查结果检查结果检查实施机关检查日期';
    for (let page = 1; page <= pages; page++) {
      const onPage = squeeze(pdfText(file, { first: page, last: page, raw: true }));
      expect(onPage, `page ${page}`).toContain(header);
      if (page > 1 && page < pages) expect(draw.selected.filter((e) => onPage.includes(e.code)).length, `page ${page}`).toBeGreaterThan(5);
    }
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expectInsideTextBlock(file, LANDSCAPE);
  });

  it('a 更正公示 names each changed field, before → after, and the reason; the first prints as it was', async () => {
    const { ctx, task, draw, ids, publication } = publishedTask();
    setResults(
      ctx.db,
      {
        taskId: task.id,
        entityIds: [ids[1]!],
        result: { codes: ['4', 'A'], inspectedOn: '2026-12-05' },
        correctionReason: '录入时漏选结果代码',
      },
      TODAY,
    );
    markReviewed(ctx.db, task.id, [ids[1]!]);
    const correction = correctPublication(ctx.db, { taskId: task.id, entityIds: [ids[1]!], date: '2026-12-24' });
    const dir = tempDir();
    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: path.join(dir, '更正.pdf') });
    const text = readingText(path.join(dir, '更正.pdf'));
    expect(text).toContain('随机抽查结果公示（更正公示）');
    expect(text).toContain(
      `本局于2026年12月20日公示的抽查任务“${task.name}”（任务编号：${task.code}）的抽查结果中，1户检查对象的检查结果有误，现予更正。`,
    );
    expect(text).toContain('更正理由：录入时漏选结果代码。');
    expect(text).toContain(
      `1${draw.selected[1]!.name}${draw.selected[1]!.code}检查结果未发现问题违反质量技术监督相关规定；发现问题待后续处理`,
    );
    expect(text.endsWith('2026年12月24日')).toBe(true);
    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, publicationId: correction.id, path: path.join(dir, '更正.xlsx') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '更正.xlsx'));
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, '序号', '检查对象名称', '统一社会信用代码', '更正事项', '原公示内容', '更正后内容']);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      1,
      draw.selected[1]!.name,
      draw.selected[1]!.code,
      '检查结果',
      '未发现问题',
      '违反质量技术监督相关规定；发现问题待后续处理',
    ]);
    // The first publication, printed again, still shows what was published then.
    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, publicationId: publication.id, path: path.join(dir, '原.pdf') });
    expect(readingText(path.join(dir, '原.pdf'))).toContain(`2${draw.selected[1]!.name}${draw.selected[1]!.code}`);
    expect(readingText(path.join(dir, '原.pdf'))).not.toContain('发现问题待后续处理');
  });

  it('writes a styled .xlsx that reopens in exceljs and in an independent reader (SheetJS), and holds no formula', async () => {
    const { ctx, task, draw, items } = publishedTask();
    const file = path.join(tempDir(), '公示.xlsx');
    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('大同县市场和质量监督管理局随机抽查结果公示');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '序号',
      '检查对象名称',
      '统一社会信用代码',
      '检查事项及检查结果',
      '检查结果',
      '检查实施机关',
      '检查日期',
    ]);
    expect(sheet.getCell('B3').value).toBe(draw.selected[0]!.name);
    expect(sheet.getCell('D3').value).toBe(`${items[0]!.name}：未发现问题\n${items[1]!.name}：未发现问题`);
    expect(sheet.getCell('E3').value).toBe('未发现问题');
    expect(sheet.actualRowCount).toBe(30);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '2:2' });
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)));
    expect(sheet.getCell('B6').value).toBe(FORMULA_NAME);
    const independent = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
    const csv = XLSX.utils.sheet_to_csv(independent.Sheets[independent.SheetNames[0]!]!);
    expect(csv).toContain(draw.selected[0]!.code);
    expect(csv).toContain(`"${FORMULA_NAME.replace(/"/g, '""')}"`);
  });

  it('refuses a task with no publication yet, a file neither .pdf nor .xlsx, and a tampered publication', async () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 3 });
    const none = await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: path.join(tempDir(), 'x.pdf') }).catch(
      (e: unknown) => e,
    );
    expect((none as AppError).message).toBe(
      `任务 ${task.code} 还没有公示。请先在“检查结果 → 公示”中生成公示（只公示已审核的检查结果），再打印或导出。`,
    );
    const p = publishedTask();
    const bad = await exportPublication(p.ctx.db, RESOURCES_DIR, { taskId: p.task.id, path: path.join(tempDir(), '公示.docx') }).catch(
      (e: unknown) => e,
    );
    expect((bad as AppError).message).toContain('请保存为 .pdf 或 .xlsx 文件');
    for (const t of p.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[])
      p.ctx.db.exec(`DROP TRIGGER ${t}`);
    p.ctx.db.prepare("UPDATE publications SET content = replace(content, '未发现问题', '合格')").run();
    const tampered = await exportPublication(p.ctx.db, RESOURCES_DIR, { taskId: p.task.id, path: path.join(tempDir(), '公示.pdf') }).catch(
      (e: unknown) => e,
    );
    expect((tampered as AppError).message).toContain('的内容与其哈希值不符，已被改动，不能打印');
  });
});
