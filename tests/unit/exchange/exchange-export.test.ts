import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportExchange } from '../../../electron/core/exchange/exchange-export.ts';
import { exportResults } from '../../../electron/core/results/result-export.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { makeTask } from '../draw/draw-fixtures.ts';
import { tempDir } from '../temp-db.ts';
import { drawnJointTask, openBook, sheetText } from './exchange-fixtures.ts';

describe('a department’s part of a joint task as one Excel workbook', () => {
  it('has a cover, 检查对象, 执法人员, 抽查事项, 检查结果 (its own items only) and 选项, in that order', async () => {
    const t = drawnJointTask();
    const file = path.join(tempDir(), '交换表.xlsx');
    const done = await exportExchange(t.db, t.task.id, t.desk.safety.id, file);
    expect(done).toEqual({ path: file, department: '县应急管理局', count: 6, members: 6, items: 1, entered: 0 });
    const wb = await openBook(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['说明', '检查对象', '执法人员', '抽查事项', '检查结果', '选项']);

    const cover = new Map(sheetText(wb.getWorksheet('说明')!).map((r) => [r[0], r[1]]));
    expect(cover.get('任务编号')).toBe(t.task.code);
    expect(cover.get('任务名称')).toBe('2026年度餐饮场所部门联合抽查');
    expect(cover.get('牵头部门')).toBe('大同县市场和质量监督管理局');
    expect(cover.get('填报部门')).toBe('县应急管理局');
    expect(cover.get('本部门抽查事项')).toBe('危险化学品经营安全检查');
    expect(cover.get('检查期限')).toBe('2026-12-01 至 2026-12-31');
    expect(cover.get('联系人')).toBe('大同县市场和质量监督管理局  李联系  0352-6666666');
    expect(cover.get('本部门联系人')).toBe('王应急  0352-1111111');
    expect([...cover.keys()].some((k) => k?.startsWith('8. 填好后保存为 Excel 文件'))).toBe(true);

    // Every drawn entity: each department visits each one.
    const entities = sheetText(wb.getWorksheet('检查对象')!);
    expect(entities[1]).toEqual(['序号', '统一社会信用代码', '名称', '住所', '法定代表人（负责人）', '联系电话', '所属区域']);
    const drawn = taskResults(t.db, t.task.id, t.desk.safety.id);
    expect(entities.slice(2).map((r) => [r[0], r[1], r[2]])).toEqual(drawn.map((e, i) => [String(i + 1), e.code, e.name]));

    // Only this department's members, with 执法证号 and the joint team's 组长 (from the lead).
    const team = sheetText(wb.getWorksheet('执法人员')!);
    expect(team[1]).toEqual(['序号', '统一社会信用代码', '检查对象名称', '姓名', '执法证号', '组内分工', '联合检查组组长']);
    expect(team.slice(2)).toHaveLength(6);
    for (const r of team.slice(2)) {
      expect(r[4]).toMatch(/^YJ000\d$/);
      expect(r[5]).toBe('组员');
      expect(r[6]).toMatch(/^执法员\d（1402\d{4}）$/);
    }

    const items = sheetText(wb.getWorksheet('抽查事项')!);
    expect(items.slice(2).map((r) => [r[0], r[1]])).toEqual([['3', '危险化学品经营安全检查']]);

    const results = wb.getWorksheet('检查结果')!;
    const header = sheetText(results)[1];
    expect(header).toEqual([
      '任务编号',
      '统一社会信用代码',
      '名称',
      '检查组',
      '检查结果',
      '结果说明',
      '检查日期',
      '核查方式',
      '后续处置',
      '发现问题',
      '备注',
      '实到执法人员',
      '危险化学品经营安全检查-是否检查',
      '危险化学品经营安全检查-发现问题',
      '危险化学品经营安全检查-处置情况',
      '更正理由',
    ]);
    // Codes are text cells: Excel shows and keeps them as typed.
    for (let r = 3; r <= 8; r++) {
      expect(typeof results.getCell(r, 2).value).toBe('string');
      expect(results.getCell(r, 2).numFmt).toBe('@');
      expect(results.getCell(r, 5).numFmt).toBe('@');
      expect(results.getCell(r, 4).value).toMatch(/^应急员\d$/);
    }
    expect(results.getCell(3, 5).dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$A$3:$A$20"], errorStyle: 'warning' });
    expect(results.getCell(3, 8).dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$B$3:$B$8"] });
    expect(results.getCell(3, 9).dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$C$3:$C$8"] });
    expect(results.getCell(8, 13).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'], errorStyle: 'stop' });
    const options = sheetText(wb.getWorksheet('选项')!);
    expect(options[2]).toEqual(['1 未发现问题', '实地检查', '未发现问题或相关问题已规范已改正，无需后续处置']);
    expect(options[19]).toEqual(['G 违反公安部门相关规定']);
  });

  it('refuses a task that is not joint, a department not in the task, and a task not drawn yet', async () => {
    const t = drawnJointTask();
    const out = path.join(tempDir(), 'x.xlsx');
    const single = makeTask(t.db);
    await expect(exportExchange(t.db, single.id, t.desk.safety.id, out)).rejects.toThrow(/不是部门联合抽查，没有按部门交换的内容/);
    const other = makeTask(t.db, {
      joint: true,
      departments: [
        { departmentId: 1, itemIds: [1], perEntity: 1 },
        { departmentId: t.desk.safety.id, itemIds: [t.desk.safetyItem], perEntity: 1 },
      ],
      itemIds: [1, t.desk.safetyItem],
    });
    await expect(exportExchange(t.db, other.id, t.desk.health.id, out)).rejects.toThrow(
      `县卫生健康局不是联合抽查任务 ${other.code} 的部门（本任务的部门：大同县市场和质量监督管理局、县应急管理局）。`,
    );
    await expect(exportExchange(t.db, other.id, t.desk.safety.id, out)).rejects.toThrow(/还没有有效的抽取结果，抽取后才能导出给部门/);
  });

  it('results export of a joint task is one department’s: its items’ columns only; without a department it asks for one', async () => {
    const t = drawnJointTask();
    const file = path.join(tempDir(), '结果.xlsx');
    await expect(exportResults(t.db, t.task.id, file)).rejects.toThrow('联合抽查的检查结果按部门录入，请选择部门');
    await exportResults(t.db, t.task.id, file, t.desk.health.id);
    const sheet = sheetText((await openBook(file)).getWorksheet('检查结果')!);
    expect(sheet[0]![0]).toBe(`2026年度餐饮场所部门联合抽查（${t.task.code}）县卫生健康局检查结果`);
    expect(sheet[1]!.filter((h) => h.includes('-'))).toEqual([
      '公共场所卫生检查-是否检查',
      '公共场所卫生检查-发现问题',
      '公共场所卫生检查-处置情况',
    ]);
    expect(sheet.slice(2).map((r) => r[3])).toEqual(expect.arrayContaining([expect.stringMatching(/^卫健员\d$/)]));
    // 本局's part has 本局's two items.
    await exportResults(t.db, t.task.id, file, 1);
    const own = sheetText((await openBook(file)).getWorksheet('检查结果')!)[1]!.filter((h) => h.endsWith('-是否检查'));
    expect(own).toHaveLength(2);
  });
});
