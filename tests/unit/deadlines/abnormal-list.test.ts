import { describe, expect, it } from 'vitest';
import { abnormalListDuties, recordListing } from '../../../electron/core/results/abnormal-list.ts';
import { overdueSummary } from '../../../electron/core/results/overdue.ts';
import { fieldsOf } from '../field-errors.ts';
import { todoDesk } from './todo-fixture.ts';

const UNREACHABLE = { codes: ['6'], disposal: '停止检查，反馈至日常监管部门依法依规处理' };

describe('经营异常名录 within 10 working days of 无法联系', () => {
  it('lists each entity found 无法联系 with its finding date, deadline, days left and state', () => {
    const { db, rows, enter } = todoDesk(4);
    enter(0, { ...UNREACHABLE, inspectedOn: '2026-12-01' });
    enter(1, { codes: ['1'], inspectedOn: '2026-12-01' });
    enter(2, { ...UNREACHABLE, inspectedOn: '2026-12-21' });
    enter(3, { codes: ['6', 'A'] });
    const list = abnormalListDuties(db, '2026-12-16');
    expect(list.map((r) => [r.entityCode, r.code, r.foundOn, r.deadline, r.daysLeft, r.state])).toEqual([
      // 2026-12-01 + 10 working days = 12-15: past on the 16th
      [rows[0]!.code, '6', '2026-12-01', '2026-12-15', -1, '已逾期'],
      // 2026-12-21 + 10: 12-22…31 is 8, 2027-01-01 元旦, 01-04 and 01-05
      [rows[2]!.code, '6', '2026-12-21', '2027-01-05', 13, '未到期'],
      [rows[3]!.code, '6', null, null, null, '缺检查日期'],
    ]);
    expect(list[1]!.deadlineNote).toContain('程序尚未收录 2027 年的法定节假日安排');
    expect(list[0]!.deadlineNote).toBeNull();
    expect(list[2]!.deadlineNote).toContain('请先补填检查日期');
    expect(abnormalListDuties(db, '2026-12-31').find((r) => r.entityId === rows[2]!.entityId)).toMatchObject({
      state: '即将到期',
      daysLeft: 2,
    });
  });

  it('records the listing (列入日期, 决定书文号), corrects it on a second record, and refuses what cannot be', () => {
    const { db, taskId, rows, enter } = todoDesk(2);
    enter(0, { ...UNREACHABLE, inspectedOn: '2026-12-01' });
    enter(1, { codes: ['1'], inspectedOn: '2026-12-01' });
    const entityId = rows[0]!.entityId;
    expect(fieldsOf(() => recordListing(db, { taskId, entityId, listedOn: '2026-11-30' }, '2026-12-20'))).toEqual({
      listedOn: '列入日期不能早于检查日期（2026-12-01）',
    });
    expect(fieldsOf(() => recordListing(db, { taskId, entityId, listedOn: '2026-12-21' }, '2026-12-20'))).toEqual({
      listedOn: '列入日期不能晚于今天（2026-12-20）',
    });
    expect(() => recordListing(db, { taskId, entityId: rows[1]!.entityId, listedOn: '2026-12-10' }, '2026-12-20')).toThrow(
      '无需列入经营异常名录',
    );
    const done = recordListing(db, { taskId, entityId, listedOn: '2026-12-10', actor: '张录入' }, '2026-12-20');
    expect(done).toMatchObject({ state: '已列入', listedOn: '2026-12-10', decisionNo: '', daysLeft: null });
    recordListing(db, { taskId, entityId, listedOn: '2026-12-11', decisionNo: '大同县市监异〔2026〕7号' }, '2026-12-20');
    expect(abnormalListDuties(db, '2026-12-20')[0]).toMatchObject({
      state: '已列入',
      listedOn: '2026-12-11',
      decisionNo: '大同县市监异〔2026〕7号',
    });
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = '列入经营异常名录'").pluck().get()).toBe(2);
  });
});

describe('overdue count for the dashboard and the navigation', () => {
  it('counts 公示 past its deadline and 经营异常名录 past its deadline, and what is due soon', () => {
    const { db, taskId, rows, enter } = todoDesk(3);
    enter(0, { ...UNREACHABLE, inspectedOn: '2026-12-01' });
    enter(1, { codes: ['E'], disposal: '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责', inspectedOn: '2026-12-02' });
    const early = overdueSummary(db, '2026-12-10');
    expect([early.overdue, early.dueSoon, early.openDispositions]).toEqual([0, 1, 2]); // 停止检查 and 责令改正 both follow up
    expect(early.abnormalDueSoon.map((a) => a.entityCode)).toEqual([rows[0]!.code]);
    expect(early.abnormalOpen).toBe(1);
    const late = overdueSummary(db, '2027-01-20');
    expect(late.abnormalOverdue.map((a) => a.entityCode)).toEqual([rows[0]!.code]);
    expect(late.publicationsOverdue.map((p) => p.taskId)).toEqual([taskId]);
    expect(late.overdue).toBe(2);
    recordListing(db, { taskId, entityId: rows[0]!.entityId, listedOn: '2027-01-19' }, '2027-01-20');
    expect(overdueSummary(db, '2027-01-20')).toMatchObject({ overdue: 1, abnormalOpen: 0 });
  });
});
