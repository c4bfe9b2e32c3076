import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { signedIn, signedInPerson, signIn, signOut } from '../../../electron/core/staff/signed-in.ts';
import { deactivateStaff, listStaff, saveStaff } from '../../../electron/core/staff/staff-service.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext } from '../temp-db.ts';

describe('the staff list (录入员, 审核员)', () => {
  it('adds, edits and 停用 people; names are unique, at most 20 字, and need a role', () => {
    const { db } = tempContext();
    const zhang = saveStaff(db, { name: ' 张录入 ', canEnter: true });
    expect(zhang).toMatchObject({ name: '张录入', canEnter: true, canReview: false, active: true });
    saveStaff(db, { name: '李审核', canEnter: false, canReview: true });
    expect(fieldsOf(() => saveStaff(db, { name: '张录入', canReview: true }))?.name).toBe('人员名单中已有“张录入”');
    expect(fieldsOf(() => saveStaff(db, { name: '王'.repeat(21) }))?.name).toBe('姓名不能超过 20 字');
    expect(fieldsOf(() => saveStaff(db, { name: '' }))?.name).toBe('姓名不能为空');
    expect(fieldsOf(() => saveStaff(db, { name: '赵', canEnter: false, canReview: false }))?.canEnter).toBe(
      '请至少选择一个角色（录入员或审核员）',
    );
    saveStaff(db, { ...zhang, canReview: true });
    deactivateStaff(db, zhang.id);
    expect(listStaff(db).map((s) => [s.name, s.canReview, s.active])).toEqual([
      ['李审核', true, true],
      ['张录入', true, false],
    ]);
    const actions = db.prepare("SELECT action, subject FROM audit_log WHERE action LIKE '%人员'").all();
    expect(actions).toEqual([
      { action: '添加人员', subject: '人员 张录入' },
      { action: '添加人员', subject: '人员 李审核' },
      { action: '修改人员', subject: '人员 张录入' },
      { action: '停用人员', subject: '人员 张录入' },
    ]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('keeps a name written on results: it cannot be renamed, only 停用', () => {
    const { db } = tempContext();
    seedEntities(db, 6);
    seedInspectors(db, 4);
    const task = makeTask(db, { count: 1 });
    runDraw(db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
    const zhang = saveStaff(db, { name: '张录入' });
    setResults(db, { taskId: task.id, entityIds: [taskResults(db, task.id)[0]!.entityId], result: { codes: ['1'] }, actor: '张录入' });
    expect(fieldsOf(() => saveStaff(db, { ...zhang, name: '张新' }))?.name).toBe(
      '“张录入”已记录在检查结果上，不能改名；可停用后另行添加“张新”',
    );
  });

  it('signs a person in on one PC: only one on the list and in use; 停用 signs him out', () => {
    const { db } = tempContext();
    expect(signedIn(db, 'PC-1')).toEqual({ host: 'PC-1', person: null, activeStaff: 0 });
    const zhang = saveStaff(db, { name: '张录入' });
    expect(() => signIn(db, '王五', 'PC-1')).toThrow(new AppError('人员名单中没有“王五”，请先在 设置 → 人员 中添加。'));
    expect(signIn(db, '张录入', 'PC-1')).toMatchObject({ host: 'PC-1', person: { name: '张录入' }, activeStaff: 1 });
    expect(signedInPerson(db, 'PC-2')).toBeNull();
    expect(db.prepare("SELECT value FROM settings WHERE key = 'signedIn:PC-1'").pluck().get()).toBe('张录入');
    deactivateStaff(db, zhang.id);
    expect(signedInPerson(db, 'PC-1')).toBeNull();
    expect(() => signIn(db, '张录入', 'PC-1')).toThrow('“张录入”已停用，不能登录。');
    saveStaff(db, { name: '李审核', canReview: true });
    signIn(db, '李审核', 'PC-1');
    expect(signOut(db, 'PC-1').person).toBeNull();
  });
});
