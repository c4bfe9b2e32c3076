import { describe, expect, it } from 'vitest';
import { fieldsOf as fields } from '../field-errors.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { listPlans, savePlan } from '../../../electron/core/tasks/plan-service.ts';
import { findTaskId, getTask, saveTask } from '../../../electron/core/tasks/task-service.ts';
import { tempContext } from '../temp-db.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

describe('plans and tasks', () => {
  it('numbers tasks per year and finds them by 编号', () => {
    const { db } = tempContext();
    seedEntities(db, 3);
    const a = makeTask(db);
    const b = makeTask(db);
    const next = makeTask(db, { periodStart: '2027-01-05', periodEnd: '2027-01-30' });
    expect([a.code, b.code, next.code]).toEqual(['2026-001', '2026-002', '2027-001']);
    expect(findTaskId(db, '2026-2')).toBe(b.id);
    expect(() => findTaskId(db, '2026-009')).toThrow(/找不到编号为“2026-009”/);
  });

  it('checks a task: count or ratio, items, at least 2 inspectors, a plan for 计划 tasks, dates in order', () => {
    const { db } = tempContext();
    seedEntities(db, 3);
    const base = { name: '任务', itemIds: [1], roster: '测试名录', count: 1 };
    expect(fields(() => saveTask(db, { task: { ...base, ratio: 5 } }))?.count).toMatch(/二选一/);
    expect(fields(() => saveTask(db, { task: { ...base, itemIds: [] } }))?.itemIds).toMatch(/至少选择一个/);
    expect(fields(() => saveTask(db, { task: { ...base, inspectorsPerEntity: 1 } }))?.inspectorsPerEntity).toMatch(/至少派 2 名/);
    expect(fields(() => saveTask(db, { task: { ...base, source: '计划' } }))?.planId).toMatch(/年度抽查工作计划/);
    expect(fields(() => saveTask(db, { task: { ...base, periodStart: '2026-12-10', periodEnd: '2026-12-01' } }))?.periodEnd).toMatch(
      /不能早于/,
    );
    expect(fields(() => saveTask(db, { task: { ...base, roster: '没有' } }))?.roster).toMatch(/没有名为/);
  });

  it('keeps a plan’s batches, and freezes a task once drawn', () => {
    const { db } = tempContext();
    seedEntities(db, 10);
    seedInspectors(db, 4);
    const plan = savePlan(db, { plan: { year: 2026, name: '2026年度双随机抽查工作计划', docNo: '大同县市监〔2026〕1号' } });
    const task = makeTask(db, { source: '计划', planId: plan.id });
    expect(listPlans(db)[0]?.tasks).toEqual([{ id: task.id, code: '2026-001', name: task.name }]);
    runDraw(db, task.id, PEOPLE);
    expect(() => saveTask(db, { id: task.id, task: { ...getTask(db, task.id), repeatOverrides: [] } })).toThrow(/已经抽取.*先将抽取作废/);
  });
});
