import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { publish } from '../../../electron/core/publication/publication-act.ts';
import { DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { exportStatsXlsx } from '../../../electron/core/stats/stats-export.ts';
import { workStats } from '../../../electron/core/stats/stats-service.ts';
import { makeTask, PEOPLE } from '../draw/draw-fixtures.ts';
import { drawnJointTask, reviewDepartment, TODAY } from '../publication/joint-publication-fixture.ts';
import { tempDir } from '../temp-db.ts';

/**
 * A joint task of 3 entities (every department entered; 应急 found 5 + E at the first, 无需后续处置
 * and 完结 everywhere, reviewed and published) and a single-department task of 2 with one result.
 */
function world() {
  const t = drawnJointTask(3);
  const { db, desk, taskId } = t;
  db.prepare('UPDATE results SET disposal = ?, disposal_closed = 1, closed_on = ? WHERE task_id = ? AND department_id = ?').run(
    DISPOSALS[0],
    '2026-12-10',
    taskId,
    desk.safety.id,
  );
  reviewDepartment(db, taskId, desk.safety.id);
  publish(db, { taskId, departmentId: desk.safety.id, date: '2026-12-20' });
  const single = makeTask(db, { name: '单部门抽查', itemIds: [1], count: 2 });
  runDraw(db, single.id, PEOPLE, new Date('2026-11-25T09:00:00Z'), '6b'.repeat(32));
  const first = taskResults(db, single.id)[0]!.entityId;
  setResults(db, { taskId: single.id, entityIds: [first], result: { codes: ['1'], inspectedOn: '2026-12-05' } }, TODAY);
  return { ...t, single };
}

const line = (c: { drawn: number; entered: number; published: number; closed: number }) => [c.drawn, c.entered, c.published, c.closed];

describe('统计 按部门', () => {
  it('counts a joint task once under each department, its own results; single-department tasks under 本局', () => {
    const { db } = world();
    const report = workStats(db, 'department', 2026);
    expect(report.rows.map((r) => r.label)).toEqual(['大同县市场和质量监督管理局', '县应急管理局', '县卫生健康局']);
    const [own, safety, health] = report.rows as [(typeof report.rows)[0], (typeof report.rows)[0], (typeof report.rows)[0]];
    // 本局: the joint task's 3 (entered, not published) and the single task's 2 (one entered).
    expect(line(own)).toEqual([5, 4, 0, 0]);
    // The single task's pool leaves out the 3 drawn for item 1 this year (repeat inspection): 30 + 27.
    expect(own.base).toBe(57);
    expect(line(safety)).toEqual([3, 3, 3, 3]);
    expect(safety.base).toBe(30);
    expect(safety.byCode).toEqual({ '1': 2, '5': 1, E: 1 });
    expect(safety.byDisposal).toEqual({ [DISPOSALS[0]]: 3 });
    expect(safety.completion.text).toBe('100.0%');
    expect(line(health)).toEqual([3, 3, 0, 0]);
    expect(health.byCode).toEqual({ '1': 3 });
    // The 合计 counts each drawn entity once: a joint task's is published only once every department published it.
    expect(line(report.total)).toEqual([5, 4, 0, 0]);
  });

  it("the other views count a joint task's entity once; an item's line counts its own department's result", () => {
    const { db, desk, task } = world();
    const byTask = workStats(db, 'task', 2026);
    expect(byTask.rows.map((r) => [r.label, ...line(r)])).toEqual([
      [`${task.code} ${task.name}`, 3, 3, 0, 0],
      [expect.stringContaining('单部门抽查'), 2, 1, 0, 0],
    ]);
    // Codes of all departments' results, once per entity.
    expect(byTask.rows[0]!.byCode).toEqual({ '1': 3, '5': 1, E: 1 });
    const byItem = workStats(db, 'item', 2026);
    const safetyItem = byItem.rows.find((r) => r.key === String(desk.safetyItem))!;
    expect(line(safetyItem)).toEqual([3, 3, 3, 3]);
    const healthItem = byItem.rows.find((r) => r.key === String(desk.healthItem))!;
    expect(line(healthItem)).toEqual([3, 3, 0, 0]);
    expect(line(workStats(db, 'area', 2026).total)).toEqual([5, 4, 0, 0]);
  });

  it('the Excel export has a 按部门 sheet: one line per department, then the 合计', async () => {
    const { db } = world();
    const file = path.join(tempDir(), '统计.xlsx');
    await exportStatsXlsx(db, 2026, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('按部门')!;
    const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, 7);
    expect(cells(3)).toEqual(['部门', '抽查基数', '抽查比例', '抽查户数', '已录入', '已公示']);
    expect(cells(4)[0]).toBe('大同县市场和质量监督管理局');
    expect([cells(5)[0], cells(5)[3], cells(5)[4], cells(5)[5]]).toEqual(['县应急管理局', 3, 3, 3]);
    expect([cells(6)[0], cells(6)[3], cells(6)[4], cells(6)[5]]).toEqual(['县卫生健康局', 3, 3, 0]);
    expect(cells(7)[0]).toBe('合计');
  });
});
