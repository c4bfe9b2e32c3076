import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { closeDisposition, openDispositions, reopenDisposition } from '../../../electron/core/results/dispositions.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { fieldsOf } from '../field-errors.ts';
import { todoDesk } from './todo-fixture.ts';

const ORDER = '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责';
const REFER = '发现案件线索，初步固定相关证据后移送办案机构依法依规处理';

/** Entity 0: nothing to follow up; 1: 责令改正 on 12-01; 2: 移送 on 12-10; 3: not entered. */
function deskWithDispositions() {
  const desk = todoDesk(4);
  desk.enter(0, { codes: ['1'], disposal: '未发现问题或相关问题已规范已改正，无需后续处置', inspectedOn: '2026-12-01' });
  desk.enter(1, { codes: ['E'], disposal: ORDER, inspectedOn: '2026-12-01' });
  desk.enter(2, { codes: ['A'], disposal: REFER, inspectedOn: '2026-12-10' });
  return desk;
}

describe('dispositions to closure (后续处置 → 完结)', () => {
  it('lists every 后续处置 that asks for follow-up with its age; --open keeps the unfinished, oldest first', () => {
    const { db, rows } = deskWithDispositions();
    const all = openDispositions(db, {}, '2026-12-20');
    expect(all.map((d) => [d.entityCode, d.disposal, d.inspectedOn, d.closed, d.ageDays])).toEqual([
      [rows[1]!.code, ORDER, '2026-12-01', false, 19],
      [rows[2]!.code, REFER, '2026-12-10', false, 10],
    ]);
    expect(all[0]).toMatchObject({ taskCode: '2026-001', entityName: rows[1]!.name, closedOn: null, closureNotes: '' });
    expect(openDispositions(db, { open: true }, '2026-12-20').map((d) => d.ageDays)).toEqual([19, 10]);
  });

  it('closes one with its date and 完结情况, without touching the result’s review state, and audits it', () => {
    const { db, taskId, rows } = deskWithDispositions();
    const before = taskResults(db, taskId)[1]!.result!;
    const done = closeDisposition(
      db,
      { taskId, entityId: rows[1]!.entityId, closedOn: '2026-12-15', closureNotes: '已整改到位，复查合格', actor: '张录入' },
      '2026-12-20',
    );
    expect(done).toMatchObject({ closed: true, closedOn: '2026-12-15', closureNotes: '已整改到位，复查合格', ageDays: 14 });
    const after = taskResults(db, taskId)[1]!.result!;
    expect([after.closed, after.closedOn, after.closureNotes]).toEqual([true, '2026-12-15', '已整改到位，复查合格']);
    expect([after.status, after.enteredBy, after.updatedAt]).toEqual([before.status, before.enteredBy, before.updatedAt]);
    expect(openDispositions(db, { open: true }, '2026-12-20').map((d) => d.entityCode)).toEqual([rows[2]!.code]);
    const audit = db.prepare("SELECT actor, subject, details FROM audit_log WHERE action = '处置完结'").all() as {
      actor: string;
      subject: string;
      details: string;
    }[];
    expect(audit.map((a) => [a.actor, a.subject, JSON.parse(a.details).closedOn])).toEqual([
      ['张录入', `任务 2026-001 ${rows[1]!.code}`, '2026-12-15'],
    ]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('refuses a 完结日期 before the inspection or after today, an empty or long 完结情况, and a second 完结', () => {
    const { db, taskId, rows } = deskWithDispositions();
    const close = (closedOn: string, closureNotes: string, entity = 2) =>
      closeDisposition(db, { taskId, entityId: rows[entity]!.entityId, closedOn, closureNotes }, '2026-12-20');
    expect(fieldsOf(() => close('2026-12-09', '已移送'))).toEqual({ closedOn: '完结日期不能早于检查日期（2026-12-10）' });
    expect(fieldsOf(() => close('2026-12-21', '已移送'))).toEqual({ closedOn: '完结日期不能晚于今天（2026-12-20）' });
    expect(fieldsOf(() => close('2026-12-12', '  '))).toEqual({ closureNotes: '请填写完结情况（不超过 500 字）' });
    expect(fieldsOf(() => close('2026-12-12', '字'.repeat(501)))).toEqual({ closureNotes: '完结情况不能超过 500 字' });
    expect(fieldsOf(() => close('2026-12-32', '已移送'))).toEqual({ closedOn: '完结日期应为日期，如 2026-12-20' });
    close('2026-12-12', '已移送县局执法稽查科立案');
    expect(() => close('2026-12-13', '又一次')).toThrow('后续处置已于 2026-12-12 完结；如需改动，请先撤销完结');
    expect(() => close('2026-12-13', '无需', 0)).toThrow('无需登记完结');
    expect(() => close('2026-12-13', '未录入', 3)).toThrow('没有录入检查结果');
  });

  it('reopens a 完结 with a reason, audited, and it is open again', () => {
    const { db, taskId, rows } = deskWithDispositions();
    const entityId = rows[1]!.entityId;
    expect(() => reopenDisposition(db, { taskId, entityId, reason: '误登' })).toThrow('尚未完结，无需撤销');
    closeDisposition(db, { taskId, entityId, closedOn: '2026-12-15', closureNotes: '已整改' }, '2026-12-20');
    expect(fieldsOf(() => reopenDisposition(db, { taskId, entityId, reason: '' }))).toEqual({
      reason: '请填写撤销完结的理由（不超过 200 字）',
    });
    const back = reopenDisposition(db, { taskId, entityId, reason: '复查发现未整改', actor: '李审核' }, '2026-12-20');
    expect(back).toMatchObject({ closed: false, closedOn: null, closureNotes: '', ageDays: 19 });
    const details = JSON.parse(db.prepare("SELECT details FROM audit_log WHERE action = '撤销处置完结'").pluck().get() as string);
    expect(details).toMatchObject({ closedOn: '2026-12-15', closureNotes: '已整改', reason: '复查发现未整改' });
  });
});
