import { describe, expect, it } from 'vitest';
import { DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { rateOf } from '../../../electron/core/stats/stats-rate.ts';
import { workStats } from '../../../electron/core/stats/stats-service.ts';
import type { StatsCounts } from '../../../electron/core/stats/stats-types.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext } from '../temp-db.ts';
import { CITY, statsWorld } from './stats-fixture.ts';

/** The plain counts of a line, rates as their text. */
function plain(c: StatsCounts) {
  return {
    base: c.base,
    ratio: c.ratio.text,
    drawn: c.drawn,
    entered: c.entered,
    published: c.published,
    completion: c.completion.text,
    closed: c.closed,
    closure: c.closure.text,
  };
}

describe('rates', () => {
  it('are exact fractions shown to one decimal percent, rounded half up; nothing to divide by is —', () => {
    expect(rateOf(1, 3)).toEqual({ num: 1, den: 3, text: '33.3%' });
    expect(rateOf(2, 3).text).toBe('66.7%');
    expect(rateOf(1, 8).text).toBe('12.5%');
    expect(rateOf(1, 16).text).toBe('6.3%');
    expect(rateOf(1, 2000).text).toBe('0.1%');
    expect(rateOf(0, 7).text).toBe('0.0%');
    expect(rateOf(5, 5).text).toBe('100.0%');
    expect(rateOf(0, 0)).toEqual({ num: 0, den: 0, text: '—' });
  });
});

describe('抽查工作情况统计', () => {
  it('per task: 基数 from the pool, 比例, 户数, 已录入, 已公示 (publications and old 已公示 tasks), 完成率, 完结数, 完结率', () => {
    const { db } = statsWorld();
    const report = workStats(db, 'task', 2026);
    expect(report.rows.map((r) => r.label)).toEqual(['2026-001 第一批', '2026-002 第二批']);
    expect(plain(report.rows[0]!)).toEqual({
      base: 20,
      ratio: '20.0%',
      drawn: 4,
      entered: 3,
      published: 2,
      completion: '50.0%',
      closed: 1,
      closure: '50.0%',
    });
    expect(plain(report.rows[1]!)).toEqual({
      base: 16,
      ratio: '12.5%',
      drawn: 2,
      entered: 1,
      published: 1,
      completion: '50.0%',
      closed: 1,
      closure: '100.0%',
    });
    expect(plain(report.total)).toEqual({
      base: 36,
      ratio: '16.7%',
      drawn: 6,
      entered: 4,
      published: 3,
      completion: '50.0%',
      closed: 2,
      closure: '66.7%',
    });
    expect(report.total.ratio).toMatchObject({ num: 6, den: 36 });
  });

  it('counts an entity under each of its result codes and under its 后续处置 in the platform’s words', () => {
    const { db } = statsWorld();
    const report = workStats(db, 'task');
    expect(report.rows[0]!.byCode).toEqual({ '1': 2, '4': 1, A: 1 });
    expect(report.total.byCode).toEqual({ '1': 3, '4': 1, A: 1 });
    expect(report.rows[0]!.byDisposal).toEqual({ [DISPOSALS[0]]: 2, [DISPOSALS[2]]: 1 });
    expect(report.total.byDisposal).toEqual({ [DISPOSALS[0]]: 3, [DISPOSALS[2]]: 1 });
    expect(report.codes.slice(0, 3)).toEqual([
      { code: '1', label: '未发现问题' },
      { code: '3', label: '违反食品药品管理相关规定' },
      { code: '4', label: '违反质量技术监督相关规定' },
    ]);
    expect(report.disposals).toEqual([...DISPOSALS]);
  });

  it('leaves voided draws out: a voided-then-redrawn task counts its live draw only, a task with only a voided draw not at all', () => {
    const { db, second, gone } = statsWorld();
    const report = workStats(db, 'task');
    expect(report.rows.map((r) => r.key)).not.toContain(gone.code);
    expect(report.rows.find((r) => r.key === second.code)).toMatchObject({ drawn: 2, base: 16 });
    // Item 3 belongs to the voided task only.
    expect(workStats(db, 'item').rows.map((r) => r.key)).toEqual(['1', '2']);
    expect(workStats(db, 'month').rows.map((r) => r.key)).not.toContain('2026-10');
  });

  it('per 检查事项: a task counts under each of its items; the 合计 counts each drawn entity once', () => {
    const { db } = statsWorld();
    const report = workStats(db, 'item');
    const [one, two] = report.rows;
    expect(plain(one!)).toMatchObject({ base: 36, drawn: 6, entered: 4, published: 3, closed: 2 });
    expect(plain(two!)).toMatchObject({ base: 20, drawn: 4, entered: 3, published: 2, closed: 1, completion: '50.0%' });
    expect(plain(report.total)).toMatchObject({ base: 36, drawn: 6 });
  });

  it('per month of the draw', () => {
    const { db } = statsWorld();
    const report = workStats(db, 'month');
    expect(report.rows.map((r) => [r.key, r.label, r.drawn, r.base, r.published])).toEqual([
      ['2026-11', '2026年11月', 4, 20, 2],
      ['2026-12', '2026年12月', 2, 16, 1],
    ]);
  });

  it('per 区域, 登记机关 and 信用风险分类: base counts the pool members in each, drawn counts match the drawn entities', () => {
    const { db, first, second } = statsWorld();
    const drawn = [...taskResults(db, first.id), ...taskResults(db, second.id)];
    const entity = db.prepare('SELECT area, reg_authority AS authority, risk_class AS risk FROM entities WHERE id = ?');
    const places = drawn.map((r) => entity.get(r.entityId) as { area: string; authority: string; risk: string });
    const tally = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});

    const area = workStats(db, 'area');
    expect(Object.fromEntries(area.rows.map((r) => [r.key, r.drawn]))).toEqual(tally(places.map((p) => p.area)));
    expect(area.rows.reduce((s, r) => s + r.base, 0)).toBe(36);
    // Task 1 drew from all 20 (5 per 区域), task 2 from the 16 task 1 left.
    const areaOf = Object.fromEntries(area.rows.map((r) => [r.key, r.base]));
    const takenByFirst = tally(taskResults(db, first.id).map((r) => (entity.get(r.entityId) as { area: string }).area));
    for (const [k, base] of Object.entries(areaOf)) expect(base).toBe(10 - (takenByFirst[k] ?? 0));

    const authority = workStats(db, 'authority');
    expect(authority.rows.map((r) => r.label)).toEqual([CITY, '（未填登记机关）']);
    const cityTakenByFirst = taskResults(db, first.id).filter(
      (r) => (entity.get(r.entityId) as { authority: string }).authority === CITY,
    ).length;
    expect(authority.rows.map((r) => r.base)).toEqual([20 - cityTakenByFirst, 20 - (4 - cityTakenByFirst)]);
    expect(Object.fromEntries(authority.rows.map((r) => [r.key, r.drawn]))).toEqual(tally(places.map((p) => p.authority)));

    const byClass = workStats(db, 'class');
    expect(byClass.rows.map((r) => r.label)).toEqual(['A类', 'B类', 'C类', 'D类']);
    expect(Object.fromEntries(byClass.rows.map((r) => [r.key, r.drawn]))).toEqual(tally(places.map((p) => p.risk)));
    expect(byClass.rows.reduce((s, r) => s + r.published, 0)).toBe(3);
    expect(plain(byClass.total)).toEqual(plain(workStats(db, 'task').total));
  });

  it('per 信用风险分类: a draw that grouped its pool by class keeps the class it drew with, though the entity’s class changed since', () => {
    const ctx = tempContext();
    seedEntities(ctx.db, 20);
    seedInspectors(ctx.db, 6);
    const task = makeTask(ctx.db, { count: null, ratio: 20, classRatios: { A: 20, B: 20, C: 20, D: 20 } });
    runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '77'.repeat(32));
    expect(workStats(ctx.db, 'class').rows.map((r) => [r.key, r.base, r.drawn])).toEqual([
      ['A', 5, 1],
      ['B', 5, 1],
      ['C', 5, 1],
      ['D', 5, 1],
    ]);
    ctx.db.prepare("UPDATE entities SET risk_class = 'D'").run();
    expect(workStats(ctx.db, 'class').rows.map((r) => [r.key, r.base, r.drawn])).toEqual([
      ['A', 5, 1],
      ['B', 5, 1],
      ['C', 5, 1],
      ['D', 5, 1],
    ]);
  });

  it('by year: another year has no lines, and its 合计 rates are —', () => {
    const { db } = statsWorld();
    const report = workStats(db, 'task', 2025);
    expect(report.rows).toEqual([]);
    expect(plain(report.total)).toEqual({
      base: 0,
      ratio: '—',
      drawn: 0,
      entered: 0,
      published: 0,
      completion: '—',
      closed: 0,
      closure: '—',
    });
    expect(report.year).toBe(2025);
  });
});
