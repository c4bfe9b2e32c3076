import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportGsxt } from '../../../electron/core/publication/gsxt-export.ts';
import { GSXT_HEADERS } from '../../../electron/core/publication/gsxt-rows.ts';
import { publish } from '../../../electron/core/publication/publication-act.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { drawnJointTask, reviewDepartment } from '../publication/joint-publication-fixture.ts';
import { tempDir } from '../temp-db.ts';

async function readBack(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, String(values[i] ?? '')])));
  }
  return { header, rows };
}

/** A joint task of 2 entities: 应急 and 本局 have published, 卫健 has not yet. */
function partlyPublished() {
  const t = drawnJointTask(2);
  saveSettings(t.db, { authorityCode: '140221' });
  reviewDepartment(t.db, t.taskId, t.desk.safety.id);
  reviewDepartment(t.db, t.taskId, 1);
  publish(t.db, { taskId: t.taskId, departmentId: t.desk.safety.id, date: '2026-12-20' });
  publish(t.db, { taskId: t.taskId, departmentId: 1, date: '2026-12-22' });
  return t;
}

describe('公示系统表 of a 部门联合抽查', () => {
  it("holds every department's published results, each row's 抽查机关 the department that inspected its item, marked 跨部门", async () => {
    const { db, taskId, ids, task } = partlyPublished();
    const file = path.join(tempDir(), '公示系统表.xlsx');
    const result = await exportGsxt(db, taskId, file);
    // 2 entities × (本局's 2 items + 应急's 1); 卫健's 2 results are not published yet.
    expect(result).toMatchObject({ count: 6, entities: 2, leftOut: 2, joint: true });
    const { header, rows } = await readBack(file);
    expect(header).toEqual([...GSXT_HEADERS.slice(0, 5), '任务类型', ...GSXT_HEADERS.slice(5)]);
    expect(rows.map((r) => [r['检查事项'], r['抽查机关'], r['公示日期']])).toEqual(
      [0, 1].flatMap(() => [
        [task.items[0]!.name, '大同县市场和质量监督管理局', '2026-12-22'],
        [task.items[1]!.name, '大同县市场和质量监督管理局', '2026-12-22'],
        ['危险化学品经营安全检查', '县应急管理局', '2026-12-20'],
      ]),
    );
    expect(new Set(rows.map((r) => `${r['抽查类型']} ${r['任务类型']}`))).toEqual(new Set(['不定向 跨部门']));
    // Rows of one entity stay together, in draw order.
    expect(rows.slice(0, 3).every((r) => r['名称'] === rows[0]!['名称'])).toBe(true);
    const first = rows.find((r) => r['抽查机关'] === '县应急管理局')!;
    expect([first['检查结果'], first['发现问题'], first['处置情况']]).toEqual(['发现问题', '危险化学品未分类存放', '责令当场改正']);
    expect(ids.length).toBe(2);
  });

  it("exports one department's part with --dept, and refuses one with nothing published, by name", async () => {
    const { db, taskId, desk, task } = partlyPublished();
    const file = path.join(tempDir(), '应急.xlsx');
    expect(await exportGsxt(db, taskId, file, '', desk.safety.id)).toMatchObject({ count: 2, entities: 2, leftOut: 0 });
    const { rows } = await readBack(file);
    expect(new Set(rows.map((r) => r['抽查机关']))).toEqual(new Set(['县应急管理局']));
    await expect(exportGsxt(db, taskId, path.join(tempDir(), '卫健.xlsx'), '', desk.health.id)).rejects.toThrow(
      `县卫生健康局在任务 ${task.code} 中还没有已公示的检查结果`,
    );
  });
});
