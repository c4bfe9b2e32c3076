import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportGsxt } from '../../../electron/core/publication/gsxt-export.ts';
import { GSXT_HEADERS } from '../../../electron/core/publication/gsxt-rows.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { tempDir } from '../temp-db.ts';
import { gsxtDesk, LETTER_CODE, publish, REG_NO } from './gsxt-fixture.ts';

async function readBack(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [String(h), values[i] ?? ''])));
  }
  return { sheet, header, rows };
}

describe('导出公示系统表', () => {
  it('writes the public fields, one row per published entity and 检查事项, codes and numbers as text', async () => {
    const { db, task, rows: drawn, byCode } = gsxtDesk();
    const items = getTask(db, task.id).items;
    publish(
      db,
      task.id,
      drawn.map((r) => r.entityId),
    );
    const file = path.join(tempDir(), '公示系统表.xlsx');
    const result = await exportGsxt(db, task.id, file);
    expect(result).toMatchObject({ count: 8, entities: 4, leftOut: 0, taskNationalCode: expect.stringMatching(/^140221\d{8}1001$/) });
    expect(result.planNationalCode).toBe('14022120261001');

    const { sheet, header, rows } = await readBack(file);
    // The header is the first row (an upload takes it as such), frozen on screen.
    expect(header).toEqual([...GSXT_HEADERS]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows).toHaveLength(8);
    // Every cell is text, the codes above all: never a number, never scientific notation.
    for (const row of rows) for (const value of Object.values(row)) expect(typeof value).toBe('string');
    expect(sheet.getCell('H2').numFmt).toBe('@');

    const letter = rows.filter((r) => r['统一社会信用代码'] === LETTER_CODE);
    expect(letter.map((r) => r['检查事项'])).toEqual(items.map((i) => i.name));
    expect(letter[0]).toMatchObject({
      抽查计划编号: '14022120261001',
      抽查计划名称: '2026年度双随机抽查工作计划',
      抽查任务编号: result.taskNationalCode,
      抽查任务名称: '2026年第一批企业公示信息抽查',
      抽查类型: '不定向',
      抽查机关: '大同县市场和质量监督管理局',
      抽查完成日期: '2026-12-09',
      注册号: '',
      名称: '测试主体1',
      检查结果: '发现问题',
      发现问题: '未按期公示2025年度年报',
      处置情况: '责令改正，已补报',
      结果代码: 'B 未按规定公示应当公示的信息；E 发现问题经责令已改正',
      公示日期: '2027-01-05',
    });
    expect(letter[1]).toMatchObject({ 检查结果: '未检查', 发现问题: '', 处置情况: '' });
    // A 15-digit 注册号 goes to its own column, so the 统一社会信用代码 column holds only 18-character codes.
    const regNo = rows.filter((r) => r['注册号'] === REG_NO);
    expect(regNo).toHaveLength(2);
    expect(regNo[0]).toMatchObject({ 统一社会信用代码: '', 名称: '大同县老王小吃店', 检查结果: '未发现问题', 结果代码: '1 未发现问题' });
    expect(byCode.size).toBe(4);
  });

  it('exports only published results and says how many were left out; none published is refused in Chinese', async () => {
    const { db, task, rows: drawn, byCode } = gsxtDesk({ filters: true });
    const file = path.join(tempDir(), 'out.xlsx');
    await expect(exportGsxt(db, task.id, file)).rejects.toThrow(
      `任务 ${task.code} 还没有已公示的检查结果：公示系统表只导出已公示的结果，请先生成公示。`,
    );
    // Nothing was numbered for a refused export.
    expect(db.prepare('SELECT national_code FROM tasks WHERE id = ?').pluck().get(task.id)).toBeNull();
    const published = drawn.filter((r) => r.code !== LETTER_CODE).map((r) => r.entityId);
    publish(db, task.id, published);
    const result = await exportGsxt(db, task.id, file);
    expect(result).toMatchObject({ entities: 3, leftOut: 1, count: 6 });
    const { rows } = await readBack(file);
    expect(rows.some((r) => r['统一社会信用代码'] === LETTER_CODE)).toBe(false);
    // The date the inspections were finished is the last of the exported results, and the filters make it 定向.
    expect(new Set(rows.map((r) => `${r['抽查完成日期']} ${r['抽查类型']}`))).toEqual(new Set(['2026-12-03 定向']));
    expect(byCode.size).toBe(4);
  });

  it('a task without a plan leaves 抽查计划编号 and 名称 empty; without the 机关代码 the export says to set it', async () => {
    const { db, task, rows: drawn } = gsxtDesk({ authorityCode: '' });
    db.prepare("UPDATE tasks SET plan_id = NULL, source = '临时' WHERE id = ?").run(task.id);
    publish(
      db,
      task.id,
      drawn.map((r) => r.entityId),
    );
    const file = path.join(tempDir(), 'out.xlsx');
    await expect(exportGsxt(db, task.id, file)).rejects.toThrow('尚未设置机关代码');
    saveSettings(db, { authorityCode: '140221' });
    const result = await exportGsxt(db, task.id, file);
    expect(result.planNationalCode).toBeNull();
    const { rows } = await readBack(file);
    expect(rows.every((r) => r['抽查计划编号'] === '' && r['抽查计划名称'] === '')).toBe(true);
  });
});

describe('a task marked 已公示 before 公示 were stored (migration 0010)', () => {
  it('exports its entered results as published on the date it was marked', async () => {
    const { db, task } = gsxtDesk();
    db.prepare("UPDATE tasks SET published_on = '2026-12-20' WHERE id = ?").run(task.id);
    const file = path.join(tempDir(), 'out.xlsx');
    expect(await exportGsxt(db, task.id, file)).toMatchObject({ entities: 4, leftOut: 0, count: 8 });
    const { rows } = await readBack(file);
    expect(new Set(rows.map((r) => r['公示日期']))).toEqual(new Set(['2026-12-20']));
  });
});
