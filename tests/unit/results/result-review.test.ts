import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { importResults } from '../../../electron/core/results/result-import.ts';
import { returnResult, reviewResults } from '../../../electron/core/results/result-review.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { saveStaff } from '../../../electron/core/staff/staff-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';

/** A drawn task of 4, with 张录入 (录入员), 李审核 (审核员) and 王两用 (both). */
function deskWithStaff() {
  const ctx = tempContext();
  seedEntities(ctx.db, 20);
  seedInspectors(ctx.db, 6);
  const task = makeTask(ctx.db, { count: 4 });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
  saveStaff(ctx.db, { name: '张录入', canEnter: true });
  saveStaff(ctx.db, { name: '李审核', canEnter: false, canReview: true });
  saveStaff(ctx.db, { name: '王两用', canEnter: true, canReview: true });
  const rows = taskResults(ctx.db, task.id);
  const enter = (i: number[], actor: string) =>
    setResults(ctx.db, { taskId: task.id, entityIds: i.map((k) => rows[k]!.entityId), result: { codes: ['1'] }, actor }, '2027-03-01');
  return { db: ctx.db, taskId: task.id, rows, enter, ids: (i: number[]) => i.map((k) => rows[k]!.entityId) };
}

const audit = (db: ReturnType<typeof deskWithStaff>['db'], action: string) =>
  (db.prepare('SELECT actor, details FROM audit_log WHERE action = ?').all(action) as { actor: string; details: string }[]).map((a) => ({
    actor: a.actor,
    details: JSON.parse(a.details) as Record<string, unknown>,
  }));

describe('review of results (审核, 退回)', () => {
  it('reviews a selection as one act: 已审核, by whom and when, one audit entry naming the entities', () => {
    const { db, taskId, rows, enter, ids } = deskWithStaff();
    enter([0, 1, 2], '张录入');
    const done = reviewResults(db, { taskId, entityIds: ids([0, 1]), reviewer: '李审核' }, new Date('2027-03-02T08:00:00Z'));
    expect(done.entities.map((e) => e.code)).toEqual([rows[0]!.code, rows[1]!.code]);
    expect(
      taskResults(db, taskId).map((r) => r.result && [r.result.status, r.result.enteredBy, r.result.reviewedBy, r.result.reviewedAt]),
    ).toEqual([
      ['已审核', '张录入', '李审核', '2027-03-02T08:00:00.000Z'],
      ['已审核', '张录入', '李审核', '2027-03-02T08:00:00.000Z'],
      ['已录入', '张录入', '', null],
      null,
    ]);
    expect(audit(db, '审核检查结果')).toEqual([{ actor: '李审核', details: { entities: [rows[0]!.code, rows[1]!.code], count: 2 } }]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('refuses the whole selection, naming each refused one: 未录入, already 已审核, and one’s own entry', () => {
    const { db, taskId, rows, enter, ids } = deskWithStaff();
    enter([0], '张录入');
    enter([1], '王两用');
    reviewResults(db, { taskId, entityIds: ids([0]), reviewer: '李审核' });
    enter([2], '张录入');
    expect(() => reviewResults(db, { taskId, entityIds: ids([0, 1, 2, 3]), reviewer: '王两用' })).toThrow(
      `所选 4 户都没有审核：${rows[3]!.name}尚未录入检查结果；${rows[0]!.name}已经审核；` +
        `${rows[1]!.name}由王两用本人录入，一人不能审核自己录入的结果，请由其他审核员审核。`,
    );
    expect(taskResults(db, taskId)[2]!.result!.status).toBe('已录入');
    expect(audit(db, '审核检查结果')).toHaveLength(1);
    // Another reviewer may review 王两用's entry.
    reviewResults(db, { taskId, entityIds: ids([1, 2]), reviewer: '李审核' });
    expect(taskResults(db, taskId).map((r) => r.result?.status ?? '未录入')).toEqual(['已审核', '已审核', '已审核', '未录入']);
  });

  it('refuses a reviewer who is not an active 审核员 on the list', () => {
    const { db, taskId, enter, ids } = deskWithStaff();
    enter([0], '王两用');
    const input = { taskId, entityIds: ids([0]) };
    expect(() => reviewResults(db, { ...input, reviewer: '张录入' })).toThrow('“张录入”不是审核员，不能审核或退回检查结果。');
    expect(() => reviewResults(db, { ...input, reviewer: '赵六' })).toThrow('人员名单中没有“赵六”，不能审核。');
    const li = db.prepare("SELECT id FROM staff WHERE name = '李审核'").pluck().get() as number;
    saveStaff(db, { id: li, name: '李审核', canEnter: false, canReview: true, active: false });
    expect(() => reviewResults(db, { ...input, reviewer: '李审核' })).toThrow('“李审核”已停用，不能审核。');
    expect(fieldsOf(() => reviewResults(db, { taskId, reviewer: '王两用' }))?.entityIds).toBe('请选择要审核的检查结果');
  });

  it('--all reviews every result awaiting review and skips the rest', () => {
    const { db, taskId, enter } = deskWithStaff();
    expect(() => reviewResults(db, { taskId, all: true, reviewer: '李审核' })).toThrow('该任务没有待审核的检查结果');
    enter([0, 1], '张录入');
    expect(reviewResults(db, { taskId, all: true, reviewer: '李审核' }).entities).toHaveLength(2);
    expect(taskResults(db, taskId).map((r) => r.result?.status ?? '未录入')).toEqual(['已审核', '已审核', '未录入', '未录入']);
  });

  it('退回 needs a reason of at most 200 字, puts the result back to 已录入 and shows the reason until reviewed again', () => {
    const { db, taskId, rows, enter, ids } = deskWithStaff();
    enter([0], '张录入');
    reviewResults(db, { taskId, entityIds: ids([0]), reviewer: '李审核' });
    const one = { taskId, entityId: rows[0]!.entityId, reviewer: '李审核' };
    expect(fieldsOf(() => returnResult(db, { ...one, reason: ' ' }))?.reason).toBe('请填写退回理由（不超过 200 字）');
    expect(fieldsOf(() => returnResult(db, { ...one, reason: '字'.repeat(201) }))?.reason).toBe('退回理由不能超过 200 字');
    expect(() => returnResult(db, { ...one, entityId: rows[3]!.entityId, reason: '补录' })).toThrow('尚未录入检查结果，无可退回');
    returnResult(db, { ...one, reason: '检查日期漏填' });
    expect(taskResults(db, taskId)[0]!.result).toMatchObject({
      status: '已录入',
      reviewedBy: '',
      reviewedAt: null,
      returnedReason: '检查日期漏填',
    });
    expect(audit(db, '退回检查结果')).toEqual([
      { actor: '李审核', details: { entity: rows[0]!.code, enteredBy: '张录入', reason: '检查日期漏填' } },
    ]);
    const returned = taskResults(db, taskId)[0]!.result!;
    expect(returned.returnedAt! >= returned.updatedAt).toBe(true);
    enter([0], '张录入');
    // Saved again after the 退回: the reason stays for the reviewer, the save is later than the return.
    const fixed = taskResults(db, taskId)[0]!.result!;
    expect(fixed.returnedReason).toBe('检查日期漏填');
    expect(fixed.updatedAt > fixed.returnedAt!).toBe(true);
    reviewResults(db, { taskId, entityIds: ids([0]), reviewer: '李审核' });
    expect(taskResults(db, taskId)[0]!.result).toMatchObject({ status: '已审核', returnedReason: '' });
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('a changed result is 已录入 again and needs a new review', () => {
    const { db, taskId, enter, ids } = deskWithStaff();
    enter([0], '张录入');
    reviewResults(db, { taskId, entityIds: ids([0]), reviewer: '李审核' });
    enter([0], '王两用');
    expect(taskResults(db, taskId)[0]!.result).toMatchObject({ status: '已录入', enteredBy: '王两用', reviewedBy: '' });
  });

  it('names the person who imports a sheet as the 录入员, so he cannot review what he imported', async () => {
    const { db, taskId, rows, ids } = deskWithStaff();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('结果');
    sheet.addRow(['任务编号', '统一社会信用代码', '检查结果', '检查日期']);
    sheet.addRow([getTask(db, taskId).code, rows[0]!.code, '1', '2026-12-01']);
    const file = path.join(tempDir(), '结果.xlsx');
    await book.xlsx.writeFile(file);
    await importResults(db, file, undefined, '2027-03-01', { actor: '王两用' });
    expect(taskResults(db, taskId)[0]!.result).toMatchObject({ status: '已录入', enteredBy: '王两用' });
    expect(() => reviewResults(db, { taskId, entityIds: ids([0]), reviewer: '王两用' })).toThrow('一人不能审核自己录入的结果');
    expect(reviewResults(db, { taskId, entityIds: ids([0]), reviewer: '李审核' }).entities).toHaveLength(1);
  });

  it('takes results only from a named, active 录入员 once the bureau keeps a staff list', () => {
    const { db, taskId, rows, enter } = deskWithStaff();
    const entry = (actor?: string) => () =>
      setResults(db, { taskId, entityIds: [rows[0]!.entityId], result: { codes: ['1'] }, actor }, '2027-03-01');
    expect(entry()).toThrow('请先选择当前登录人员（录入员）');
    expect(entry('李审核')).toThrow('“李审核”不是在用的录入员');
    expect(entry('路人甲')).toThrow('“路人甲”不是在用的录入员');
    enter([0], '张录入');
    expect(taskResults(db, taskId)[0]!.result?.enteredBy).toBe('张录入');
  });
});
