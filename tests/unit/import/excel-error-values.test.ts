import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { applyItemImport, previewItemImport } from '../../../electron/core/items/item-import.ts';
import { selectAllItems } from '../../../electron/core/items/item-rows.ts';
import { importResults, previewResultImport } from '../../../electron/core/results/result-import.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { appErrorMessage } from '../xlsx/expect-app-error.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { handMadeXlsx, type HandCell } from './hand-made-xlsx.ts';
import { importAs } from './import-as.ts';
import { cleanEntityWorkbook, codeFor } from './roster-fixtures.ts';

const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];

const entityRows = (ctx: AppContext) => ctx.db.prepare('SELECT code, name, legal_rep, updated_at FROM entities ORDER BY code').all();
const reasonsByRow = (errors: { row: number; reason: string }[]) => Object.fromEntries(errors.map((e) => [e.row, e.reason]));

describe('Excel error values in a roster', () => {
  it('refuse their row, naming the column and the error, in plain cells and cached formula results alike', async () => {
    const ctx = tempContext();
    await importAs(ctx, 'entities', await cleanEntityWorkbook(tempDir(), 3));
    const before = entityRows(ctx);
    const rows: HandCell[][] = [
      ['统一社会信用代码', '名称', '法定代表人'],
      [codeFor(1), { error: '#N/A' }, '改了的人'],
      [{ error: '#DIV/0!', formula: '1/0' }, '代码出错的店', '李四'],
      [codeFor(2), { error: '#REF!', formula: 'VLOOKUP(A4,名单!A:B,2,0)' }, { error: '#N/A', formula: 'NA()' }],
      ...ERRORS.map((error, i) => [codeFor(10 + i), { error }, '王五']),
      [codeFor(3), '大同县第3号商店（新名）', '经营者3'],
      ['合计', { error: '#VALUE!', formula: 'SUM(B2:B12)' }, ''],
    ];
    const file = handMadeXlsx(path.join(tempDir(), '名录.xlsx'), [{ name: '名录', rows }]);
    const result = await importAs(ctx, 'entities', file);
    const reasons = reasonsByRow(result.errors);
    expect(reasons[2]).toBe('“名称”列：Excel 错误值 #N/A（公式找不到要引用的数据），不能作为数据导入，请在 Excel 中改正后重新导入');
    expect(reasons[3]).toMatch(/^“统一社会信用代码”列：Excel 错误值 #DIV\/0!/);
    expect(reasons[3]).not.toContain('为空');
    expect(reasons[4]).toMatch(/^“名称”列：Excel 错误值 #REF!.*；“法定代表人”列：Excel 错误值 #N\/A/);
    ERRORS.forEach((error, i) => expect(reasons[5 + i]).toContain(`“名称”列：Excel 错误值 ${error}`));
    expect(result.counts).toMatchObject({ rejected: 10, updated: 1, skipped: 1 });
    // Only the clean row changed anything; no entity is named after an error.
    const after = entityRows(ctx) as { code: string; name: string }[];
    expect(after.filter((e) => e.code !== codeFor(3))).toEqual((before as { code: string }[]).filter((e) => e.code !== codeFor(3)));
    expect(after.find((e) => e.code === codeFor(3))?.name).toBe('大同县第3号商店（新名）');
    expect(after.some((e) => e.name.startsWith('#'))).toBe(false);
  });

  it('refuse their row when a CSV carries one as text', async () => {
    const ctx = tempContext();
    const file = path.join(tempDir(), '名录.csv');
    fs.writeFileSync(file, ['统一社会信用代码,名称', `${codeFor(1)},#N/A`, `${codeFor(2)},大同县第2号商店`].join('\r\n'));
    const result = await importAs(ctx, 'entities', file);
    expect(reasonsByRow(result.errors)[2]).toContain('“名称”列：Excel 错误值 #N/A');
    expect(ctx.db.prepare('SELECT name FROM entities').pluck().all()).toEqual(['大同县第2号商店']);
  });

  it('refuse an inspector’s row', async () => {
    const ctx = tempContext();
    const rows: HandCell[][] = [
      ['姓名', '执法证号', '所属科室/所'],
      [{ error: '#NAME?', formula: 'XLOOKUP()' }, '1402001', '西坪所'],
      ['李二', '1402002', '聚乐所'],
    ];
    const result = await importAs(ctx, 'inspectors', handMadeXlsx(path.join(tempDir(), '执法人员.xlsx'), [{ name: '人员', rows }]));
    expect(result.errors).toMatchObject([{ row: 2, code: '1402001', reason: expect.stringContaining('“姓名”列：Excel 错误值 #NAME?') }]);
    expect(ctx.db.prepare('SELECT name FROM inspectors').pluck().all()).toEqual(['李二']);
  });
});

describe('Excel error values in an item list', () => {
  it('are problems named by row and column, and the list is not imported', async () => {
    const ctx = tempContext();
    const before = JSON.stringify(selectAllItems(ctx.db));
    const rows: HandCell[][] = [
      ['序号', '抽查事项', '备注'],
      [1, { error: '#N/A', formula: 'VLOOKUP(1,A:B,2,0)' }, '市场监管执法事项'],
      [2, '新的抽查事项', { error: '#VALUE!' }],
    ];
    const file = handMadeXlsx(path.join(tempDir(), '清单.xlsx'), [{ name: '清单', rows }]);
    const preview = await previewItemImport(ctx.db, file);
    expect(preview.problems).toEqual([
      { row: 2, column: '抽查事项', message: expect.stringContaining('Excel 错误值 #N/A') },
      { row: 3, column: '备注', message: expect.stringContaining('Excel 错误值 #VALUE!') },
    ]);
    expect(await appErrorMessage(applyItemImport(ctx.db, file))).toContain('第 2 行“抽查事项”列：Excel 错误值 #N/A');
    expect(JSON.stringify(selectAllItems(ctx.db))).toBe(before);
  });
});

describe('Excel error values in a results file', () => {
  it('refuse their row, named by row and column, and nothing is written', async () => {
    const ctx = tempContext();
    seedEntities(ctx.db, 10);
    seedInspectors(ctx.db, 6);
    const task = makeTask(ctx.db, { count: 3 });
    runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
    const taskCode = getTask(ctx.db, task.id).code;
    const [a, b] = taskResults(ctx.db, task.id);
    const rows: HandCell[][] = [
      ['统一社会信用代码', '检查结果', '检查日期'],
      [a!.code, { error: '#REF!', formula: "'检查'!#REF!" }, '2026-12-01'],
      [b!.code, '1 未发现问题', { error: '#N/A' }],
    ];
    const file = handMadeXlsx(path.join(tempDir(), '检查结果.xlsx'), [{ name: '检查结果', rows }]);
    const preview = await previewResultImport(ctx.db, file, taskCode, '2027-03-01');
    expect(preview.rows.map((r) => [r.row, r.verdict, r.reasons])).toEqual([
      [2, 'refused', [expect.stringMatching(/^第 2 行“检查结果”列：Excel 错误值 #REF!/)]],
      [3, 'refused', [expect.stringMatching(/^第 3 行“检查日期”列：Excel 错误值 #N\/A/)]],
    ]);
    const results = () => ctx.db.prepare('SELECT count(*) FROM results').pluck().get();
    await appErrorMessage(importResults(ctx.db, file, taskCode, '2027-03-01'));
    expect(results()).toBe(0);
  });
});
