import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { getSettings, saveSettings } from '../../../electron/core/settings/settings-service.ts';
import {
  assignNationalCodes,
  assignPlanNationalCode,
  nationalCodes,
  setPlanNationalCode,
  setTaskNationalCode,
} from '../../../electron/core/tasks/national-code.ts';
import { savePlan } from '../../../electron/core/tasks/plan-service.ts';
import { makeTask, seedEntities } from '../draw/draw-fixtures.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext } from '../temp-db.ts';

function desk(authorityCode = '140221') {
  const ctx = tempContext();
  seedEntities(ctx.db, 5);
  if (authorityCode) saveSettings(ctx.db, { authorityCode });
  return ctx;
}

/** Tasks created on one day (the day their number carries), as the clerk's PC saw it. */
function taskOn(db: ReturnType<typeof desk>['db'], name: string, createdAt: string, planId: number | null = null) {
  const task = makeTask(db, { name, ...(planId ? { source: '计划' as const, planId } : {}) });
  db.prepare('UPDATE tasks SET created_at = ? WHERE id = ?').run(createdAt, task.id);
  return task;
}

describe('机关代码 in 设置', () => {
  it('is exactly 6 digits or empty, refused in Chinese otherwise', () => {
    const { db } = tempContext();
    expect(getSettings(db).authorityCode).toBe('');
    expect(saveSettings(db, { authorityCode: ' 140221 ' }).authorityCode).toBe('140221');
    for (const bad of ['14022', '1402211', '14022a', '１４０２２１x']) {
      expect(fieldsOf(() => saveSettings(db, { authorityCode: bad }))!.authorityCode).toBe(
        '机关代码应为 6 位数字（如 140221），不知道时可留空',
      );
    }
    expect(saveSettings(db, { authorityCode: '' }).authorityCode).toBe('');
  });
});

describe('公示系统编号 of tasks and plans', () => {
  it('a task gets 机关代码 + the day it was created + 1 + a 3-digit sequence per day, and its plan 机关代码 + year + 1 + sequence', () => {
    const { db } = desk();
    const plan = savePlan(db, { plan: { year: 2026, name: '2026年度计划' } });
    const first = taskOn(db, '第一批', '2026-03-02T02:00:00.000Z', plan.id);
    const second = taskOn(db, '第二批', '2026-03-02T03:00:00.000Z');
    const other = taskOn(db, '第三批', '2026-04-10T03:00:00.000Z');
    const a = assignNationalCodes(db, first.id, '张三');
    expect(a.task.nationalCode).toBe('140221202603021001');
    expect(a.plan?.nationalCode).toBe('14022120261001');
    expect(assignNationalCodes(db, second.id).task.nationalCode).toBe('140221202603021002');
    expect(assignNationalCodes(db, other.id).task.nationalCode).toBe('140221202604101001');
    // Given once, a number stays.
    expect(assignNationalCodes(db, first.id).task.nationalCode).toBe('140221202603021001');
    const next = savePlan(db, { plan: { year: 2026, name: '2026年度专项计划' } });
    expect(assignPlanNationalCode(db, next.id).nationalCode).toBe('14022120261002');
    for (const code of [a.task.nationalCode!, a.plan!.nationalCode!]) expect(code).toMatch(/^140221\d{4}(\d{4})?1\d{3}$/);
    expect(verifyAuditChain(db).ok).toBe(true);
    const audited = db.prepare("SELECT actor, subject FROM audit_log WHERE action = '编发公示系统编号' ORDER BY id").all();
    expect(audited).toContainEqual({ actor: '张三', subject: `任务 ${first.code}` });
  });

  it('the sequence follows the highest number taken that day, also one the clerk typed in', () => {
    const { db } = desk();
    const typed = taskOn(db, '第一批', '2026-03-02T02:00:00.000Z');
    const later = taskOn(db, '第二批', '2026-03-02T02:30:00.000Z');
    setTaskNationalCode(db, typed.id, '140221202603021007');
    expect(assignNationalCodes(db, later.id).task.nationalCode).toBe('140221202603021008');
  });

  it('cannot be given without the 机关代码: the message says where to set it', () => {
    const { db } = desk('');
    const task = makeTask(db);
    expect(() => assignNationalCodes(db, task.id)).toThrow('尚未设置机关代码：请先在“设置”中填写本局的 6 位机关代码（如 140221）');
    expect(nationalCodes(db, task.id).task.nationalCode).toBeNull();
  });

  it('the number the national system gave can be typed in: format, a real date, unique; full-width digits folded; empty clears', () => {
    const { db } = desk('');
    const plan = savePlan(db, { plan: { year: 2026, name: '2026年度计划' } });
    const one = makeTask(db, { name: '第一批', source: '计划', planId: plan.id });
    const two = makeTask(db, { name: '第二批' });
    // Another organ's 机关代码 is accepted: the system numbers as it does.
    expect(setTaskNationalCode(db, one.id, ' 1402 2220 2612 011003 ').task.nationalCode).toBe('140222202612011003');
    expect(setTaskNationalCode(db, two.id, '１４０２２１２０２６１２０１１００１').task.nationalCode).toBe('140221202612011001');
    expect(fieldsOf(() => setTaskNationalCode(db, two.id, '140222202612011003'))!.code).toBe(
      `编号 140222202612011003 已是任务 ${one.code}（第一批）的公示系统编号，不能重复使用`,
    );
    for (const bad of ['14022120261201100', '140221202602301001', '140221202612012001', '2026-001']) {
      expect(fieldsOf(() => setTaskNationalCode(db, two.id, bad))!.code).toContain('任务的公示系统编号应为 18 位数字');
    }
    expect(fieldsOf(() => setPlanNationalCode(db, plan.id, '140221202610011'))!.code).toContain('计划的公示系统编号应为 14 位数字');
    expect(setPlanNationalCode(db, plan.id, '14022120261005').nationalCode).toBe('14022120261005');
    expect(nationalCodes(db, one.id).plan).toMatchObject({ name: '2026年度计划', nationalCode: '14022120261005' });
    expect(setTaskNationalCode(db, two.id, '').task.nationalCode).toBeNull();
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = '填写公示系统编号'").pluck().get()).toBe(4);
  });
});
