import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/connection.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { exportExchange } from '../../../electron/core/exchange/exchange-export.ts';
import { importResults, previewResultImport } from '../../../electron/core/results/result-import.ts';
import { DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { PEOPLE } from '../draw/draw-fixtures.ts';
import { makeJointTask } from '../joint/joint-fixtures.ts';
import { tempDir } from '../temp-db.ts';
import { drawnJointTask, exportedPart, fillAsAClerk, openBook, TODAY } from './exchange-fixtures.ts';

const ITEM = '危险化学品经营安全检查';

/** The results table as it stands: who has which result. */
function stored(db: Db) {
  return db.prepare('SELECT entity_id, department_id, codes, inspectors_present, item_findings FROM results ORDER BY entity_id').all() as {
    entity_id: number;
    department_id: number;
    codes: string;
    inspectors_present: string;
    item_findings: string;
  }[];
}

/**
 * 县应急管理局's clerk fills its part in WPS: a code typed as a number, a text date, 是/否, a
 * synonym of a 后续处置, an entity left blank (not inspected yet), and the lines a clerk adds below.
 */
async function filledByTheDepartment() {
  const t = drawnJointTask();
  const exported = await exportedPart(t.db, t.task.id, t.desk.safety.id);
  const file = await fillAsAClerk(
    exported,
    [
      {
        row: 0,
        cells: { 检查结果: 1, 检查日期: '2026年12月3日', 核查方式: '实地检查', 后续处置: DISPOSALS[0], [`${ITEM}-是否检查`]: '是' },
      },
      {
        row: 1,
        cells: {
          检查结果: '4、A',
          检查日期: new Date(Date.UTC(2026, 11, 4)),
          核查方式: '实地检查、书面检查',
          后续处置: '责令改正',
          [`${ITEM}-是否检查`]: '是',
          [`${ITEM}-发现问题`]: '灭火器过期未检',
          [`${ITEM}-处置情况`]: '当场责令更换',
        },
      },
      { row: 3, cells: { 检查结果: '1 未发现问题', 检查日期: '2026.12.5', 核查方式: '书面检查', [`${ITEM}-是否检查`]: '否' } },
    ],
    [['填表人：王应急', null, null, '联系电话：0352-1111111'], ['县应急管理局（盖章）'], ['2026年12月8日']],
  );
  return { ...t, exported, file };
}

describe('a department’s filled part imports back into its results', () => {
  it('previews the rows (blank rows unchanged, lines below the table passed over), reading task and department from the cover', async () => {
    const t = await filledByTheDepartment();
    const before = stored(t.db);
    const preview = await previewResultImport(t.db, t.file, undefined, TODAY);
    expect(preview).toMatchObject({ dryRun: true, tasks: [t.task.code], department: '县应急管理局', written: 0 });
    expect(preview.counts).toEqual({ new: 3, changed: 0, unchanged: 3, refused: 0 });
    expect(preview.rows.map((r) => [r.row, r.verdict])).toEqual([
      [3, 'new'],
      [4, 'new'],
      [5, 'unchanged'],
      [6, 'new'],
      [7, 'unchanged'],
      [8, 'unchanged'],
    ]);
    expect(preview.rows[0]!.changes).toEqual([
      { field: 'codes', label: '检查结果', old: '', new: '1 未发现问题' },
      { field: 'inspectedOn', label: '检查日期', old: '', new: '2026-12-03' },
      { field: 'methods', label: '核查方式', old: '', new: '实地检查' },
      { field: 'disposal', label: '后续处置', old: '', new: DISPOSALS[0] },
      { field: 'inspectorsPresent', label: '实到执法人员', old: '', new: expect.stringMatching(/^应急员\d$/) },
    ]);
    expect(preview.rows[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'codes', label: '检查结果', old: '', new: '4 违反质量技术监督相关规定、A 发现问题待后续处理' },
        { field: 'disposal', label: '后续处置', old: '', new: DISPOSALS[2] },
        { field: 'itemFindings', label: `${ITEM}·发现问题`, old: '', new: '灭火器过期未检' },
      ]),
    );
    expect(preview.rows[3]!.changes).toContainEqual({ field: 'itemFindings', label: `${ITEM}·是否检查`, old: '', new: '否' });
    expect(stored(t.db)).toEqual(before);
  });

  it('writes that department’s results only: its items’ findings, its members present, nothing of 本局 or 卫健', async () => {
    const t = await filledByTheDepartment();
    const preview = await previewResultImport(t.db, t.file, t.task.code, TODAY, { departmentId: t.desk.safety.id });
    const done = await importResults(t.db, t.file, t.task.code, TODAY, {
      departmentId: t.desk.safety.id,
      fingerprint: preview.fingerprint,
      actor: '李录入',
    });
    expect(done).toMatchObject({ dryRun: false, written: 3, department: '县应急管理局' });
    const rows = stored(t.db);
    expect(rows.map((r) => r.department_id)).toEqual([t.desk.safety.id, t.desk.safety.id, t.desk.safety.id]);
    for (const r of rows) {
      expect((JSON.parse(r.item_findings) as { itemId: number }[]).map((f) => f.itemId)).toEqual([t.desk.safetyItem]);
      expect(JSON.parse(r.inspectors_present)).toEqual([expect.stringMatching(/^YJ000\d$/)]);
    }
    const safety = taskResults(t.db, t.task.id, t.desk.safety.id);
    expect(safety.filter((r) => r.result).map((r) => r.result!.codes)).toEqual([['1'], ['4', 'A'], ['1']]);
    expect(safety[1]!.result!.itemFindings).toEqual([
      { itemId: t.desk.safetyItem, checked: true, problem: '灭火器过期未检', handling: '当场责令更换' },
    ]);
    expect(taskResults(t.db, t.task.id, 1).filter((r) => r.result)).toEqual([]);
    expect(taskResults(t.db, t.task.id, t.desk.health.id).filter((r) => r.result)).toEqual([]);
    // The same file again changes nothing.
    const again = await importResults(t.db, t.file, undefined, TODAY, { actor: '李录入' });
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 6, refused: 0 });
    expect(again.written).toBe(0);
    // Exported again, the part carries what was entered.
    const reexport = await exportedPart(t.db, t.task.id, t.desk.safety.id);
    expect((await openBook(reexport)).getWorksheet('检查结果')!.getCell(4, 5).value).toBe('4、A');
  });

  it('refuses the whole file for one bad row, naming its row and column; nothing is written', async () => {
    const t = drawnJointTask();
    const exported = await exportedPart(t.db, t.task.id, t.desk.safety.id);
    const file = await fillAsAClerk(exported, [
      { row: 0, cells: { 检查结果: '1', 检查日期: '2026-12-03' } },
      { row: 1, cells: { 检查结果: 'Q', 检查日期: '2026-12-03' } },
      { row: 3, cells: { 检查结果: '1', 检查日期: '2026年12月3日', [`${ITEM}-是否检查`]: '也许' } },
      { row: 4, cells: { 检查结果: '1', 检查日期: '2026年13月3日', 实到执法人员: '张三' } },
    ]);
    const preview = await previewResultImport(t.db, file, undefined, TODAY);
    expect(preview.counts).toMatchObject({ new: 1, refused: 3 });
    const err = await importResults(t.db, file, undefined, TODAY).then(
      () => 'imported',
      (e: Error) => e.message,
    );
    expect(err).toMatch(/^检查结果文件有 4 处问题，未导入任何结果：/);
    expect(err).toContain('第 4 行“检查结果”列：结果代码表中没有“Q”');
    expect(err).toContain(`第 6 行“${ITEM}-是否检查”列：“也许”无法识别，是否检查请填“是”或“否”`);
    expect(err).toContain('第 7 行“检查日期”列：日期无法识别');
    expect(err).toMatch(/第 7 行“实到执法人员”列：“张三”不是该户检查组的成员（应急员\d）/);
    expect(stored(t.db)).toEqual([]);
  });

  it('refuses a file of another department or of another task, and a joint task’s file without a department', async () => {
    const t = drawnJointTask();
    const health = await exportedPart(t.db, t.task.id, t.desk.health.id);
    const filled = await fillAsAClerk(health, [{ row: 0, cells: { 检查结果: '1', 检查日期: '2026-12-03' } }]);
    await expect(previewResultImport(t.db, filled, t.task.code, TODAY, { departmentId: t.desk.safety.id })).rejects.toThrow(
      `“交换表（已填）.xlsx”是任务 ${t.task.code}、县卫生健康局的交换表，不是县应急管理局的，没有导入。请选择县应急管理局交回的文件，或改选部门“县卫生健康局”。`,
    );
    const second = makeJointTask(t.db, t.desk, { name: '第二个联合抽查', count: 6 });
    runDraw(t.db, second.id, PEOPLE, new Date('2026-11-25T09:00:00Z'), '6b'.repeat(32));
    await expect(importResults(t.db, filled, second.code, TODAY, { departmentId: t.desk.health.id })).rejects.toThrow(
      `不是任务 ${second.code}“第二个联合抽查”的，没有导入。请选择本任务导出给该部门的文件。`,
    );
    // The cover's department changed by hand: no such department.
    const book = await openBook(filled);
    const cover = book.getWorksheet('说明')!;
    cover.eachRow((row) => {
      if (row.getCell(1).value === '填报部门') row.getCell(2).value = '县消防救援大队';
    });
    const renamed = path.join(tempDir(), '改过.xlsx');
    await book.xlsx.writeFile(renamed);
    await expect(previewResultImport(t.db, renamed, undefined, TODAY)).rejects.toThrow(/但部门名单中没有“县消防救援大队”，没有导入/);
    // A plain results sheet of a joint task says for whom it is nowhere.
    const plain = path.join(tempDir(), '结果.xlsx');
    const sheet = (await openBook(filled)).getWorksheet('检查结果')!;
    const out = new ExcelJS.Workbook();
    const copy = out.addWorksheet('检查结果');
    sheet.eachRow((row, n) => (copy.getRow(n).values = row.values as ExcelJS.CellValue[]));
    await out.xlsx.writeFile(plain);
    await expect(previewResultImport(t.db, plain, t.task.code, TODAY)).rejects.toThrow('联合抽查的检查结果按部门录入，请选择部门');
    const byDept = await previewResultImport(t.db, plain, t.task.code, TODAY, { departmentId: t.desk.health.id });
    expect(byDept.counts).toMatchObject({ new: 1, refused: 0 });
    expect(stored(t.db)).toEqual([]);
  });

  it('imports from the exported file’s own item columns only: another department’s item column is refused by name', async () => {
    const t = drawnJointTask();
    const file = path.join(tempDir(), '卫健.xlsx');
    await exportExchange(t.db, t.task.id, t.desk.health.id, file);
    const book = await openBook(file);
    const sheet = book.getWorksheet('检查结果')!;
    sheet.getCell(2, 17).value = `${ITEM}-是否检查`;
    sheet.getCell(3, 5).value = '1';
    sheet.getCell(3, 7).value = '2026-12-03';
    await book.xlsx.writeFile(file);
    const preview = await previewResultImport(t.db, file, undefined, TODAY);
    expect(preview.rows[0]!.reasons).toEqual([
      `第 3 行“${ITEM}-是否检查”列：列名中的检查事项不是县卫生健康局在本任务的抽查事项（县卫生健康局在本任务共 1 项）`,
    ]);
  });
});
