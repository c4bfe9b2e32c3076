import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportPublication } from '../../../electron/core/documents/batches/document-export.ts';
import { NO_RESULT } from '../../../electron/core/documents/data/publication-data.ts';
import { LANDSCAPE } from '../../../electron/core/documents/pdf/page-layout.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { setResults } from '../../../electron/core/results/result-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { makeTask } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { drawnTask } from './doc-fixtures.ts';
import { expectInsideTextBlock } from './layout-checks.ts';
import { pdfFonts, pdfInfo, pdfText, readingText, squeeze } from './poppler.ts';

/** The clerk's date for these results: after every inspection date below. */
const TODAY = '2027-03-01';

const FORMULA_NAME = '=HYPERLINK("http://example.com","点我")';

/** A task of 30 entities, one named like a formula, most with results entered. */
function publishedTask() {
  const ctx = tempContext();
  const { task, draw } = drawnTask(ctx, { entities: 30 });
  ctx.db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(FORMULA_NAME, draw.selected[3]!.entityId);
  const ids = draw.selected.map((e) => e.entityId);
  setResults(
    ctx.db,
    { taskId: task.id, entityIds: ids.slice(0, 20), result: { codes: ['1'], inspectedOn: '2026-12-05', methods: ['实地检查'] } },
    TODAY,
  );
  setResults(ctx.db, { taskId: task.id, entityIds: ids.slice(20, 28), result: { codes: ['4', 'E'], inspectedOn: '2026-12-08' } }, TODAY);
  return { ctx, task, draw };
}

describe('抽查结果公示', () => {
  it('prints the table on A4 landscape: entity, code, items, 检查实施机关, date, result as text, header on every page', async () => {
    const { ctx, task, draw } = publishedTask();
    const file = path.join(tempDir(), '公示.pdf');
    expect(await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file, date: '2026-12-20' })).toEqual({
      path: file,
      count: 30,
    });
    const info = pdfInfo(file);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/);
    const text = readingText(file);
    expect(text.startsWith(`大同县市场和质量监督管理局随机抽查结果公示`)).toBe(true);
    expect(text).toContain(`现将本局抽查任务“${task.name}”（任务编号：${task.code}）30户检查对象的抽查结果公示如下：`);
    const first = draw.selected[0]!;
    expect(text).toContain(
      `1${first.name}${first.code}产品质量监督抽查；制造（修理）计量器具企业证后监督检查大同县市场和质量监督管理局2026年12月5日未发现问题`,
    );
    expect(text).toContain(`${draw.selected[25]!.code}`);
    expect(text).toContain('2026年12月8日违反质量技术监督相关规定；发现问题经责令已改正');
    expect(text).toContain(NO_RESULT);
    expect(text).toContain(FORMULA_NAME);
    expect(text.endsWith('大同县市场和质量监督管理局2026年12月20日')).toBe(true);
    expect(text).not.toMatch(/风险|[ABCD]类/);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(1);
    const header = '序号检查对象名称统一社会信用代码抽查事项检查实施机关检查日期检查结果';
    for (let page = 1; page <= pages; page++) {
      const onPage = squeeze(pdfText(file, { first: page, last: page, raw: true }));
      const rows = draw.selected.filter((e) => onPage.includes(e.code));
      if (rows.length > 0) expect(onPage, `page ${page}`).toContain(header);
    }
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expectInsideTextBlock(file, LANDSCAPE);
  });

  it('writes a styled .xlsx that reopens in exceljs and in an independent reader (SheetJS), and holds no formula', async () => {
    const { ctx, task, draw } = publishedTask();
    const dir = tempDir();
    const file = path.join(dir, '公示.xlsx');
    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file, date: '2026-12-20' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('大同县市场和质量监督管理局随机抽查结果公示');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '序号',
      '检查对象名称',
      '统一社会信用代码',
      '抽查事项',
      '检查实施机关',
      '检查日期',
      '检查结果',
    ]);
    expect(sheet.getCell('B3').value).toBe(draw.selected[0]!.name);
    expect(sheet.getCell('G3').value).toBe('未发现问题');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '2:2' });
    expect(sheet.getCell('B2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B3').border).toMatchObject({ top: { style: 'thin' } });
    expect(sheet.getCell('B3').alignment).toMatchObject({ wrapText: true });
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)));
    expect(sheet.getCell('B6').value).toBe(FORMULA_NAME);

    const independent = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
    const csv = XLSX.utils.sheet_to_csv(independent.Sheets[independent.SheetNames[0]!]!);
    expect(csv).toContain(draw.selected[0]!.code);
    expect(csv).toContain(`"${FORMULA_NAME.replace(/"/g, '""')}"`);
  });

  it('refuses a file that is neither .pdf nor .xlsx, and a task not drawn yet', async () => {
    const { ctx, task } = publishedTask();
    const bad = await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: path.join(tempDir(), '公示.docx') }).catch(
      (e: unknown) => e,
    );
    expect((bad as AppError).message).toContain('请保存为 .pdf 或 .xlsx 文件');
    const other = tempContext();
    saveSettings(other.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
    const undrawn = makeTask(other.db, { roster: null });
    const none = await exportPublication(other.db, RESOURCES_DIR, { taskId: undrawn.id, path: path.join(tempDir(), 'x.pdf') }).catch(
      (e: unknown) => e,
    );
    expect((none as AppError).message).toContain('还没有有效的抽取结果');
  });
});
