import { describe, expect, it } from 'vitest';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { abnormalListDuties, recordListing } from '../../../electron/core/results/abnormal-list.ts';
import { closeDisposition, openDispositions, reopenDisposition } from '../../../electron/core/results/dispositions.ts';
import { DISPOSALS, type ResultInput } from '../../../electron/core/results/result-schema.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { saveStaff } from '../../../electron/core/staff/staff-service.ts';
import { PEOPLE } from '../draw/draw-fixtures.ts';
import { tempContext } from '../temp-db.ts';
import { jointDesk, makeJointTask } from './joint-fixtures.ts';

/** A drawn joint task of 2 and a way to enter a department's result of one entity. */
function jointTodo() {
  const { db } = tempContext();
  const desk = jointDesk(db);
  const task = makeJointTask(db, desk, { count: 2 });
  runDraw(db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '66'.repeat(32));
  saveStaff(db, { name: '张录入', canEnter: true });
  const ids = taskResults(db, task.id).map((r) => r.entityId);
  const enter = (departmentId: number, entityId: number, result: ResultInput) =>
    setResults(db, { taskId: task.id, departmentId, entityIds: [entityId], result, actor: '张录入' }, '2027-12-31');
  return { db, desk, taskId: task.id, ids, enter };
}

describe('待办 of a joint task: several results per entity', () => {
  it('follows up each department’s 后续处置 on its own; closing asks for the department only when two are open', () => {
    const { db, desk, taskId, ids, enter } = jointTodo();
    enter(1, ids[0]!, { codes: ['4'], disposal: DISPOSALS[2], inspectedOn: '2026-12-01' });
    enter(desk.safety.id, ids[0]!, { codes: ['4'], disposal: DISPOSALS[4], inspectedOn: '2026-12-02' });
    enter(desk.health.id, ids[0]!, { codes: ['1'], disposal: DISPOSALS[0], inspectedOn: '2026-12-02' });
    const open = openDispositions(db, { open: true }, '2026-12-20');
    expect(open.map((r) => [r.entityId, r.departmentName, r.disposal])).toEqual([
      [ids[0], '大同县市场和质量监督管理局', DISPOSALS[2]],
      [ids[0], '县应急管理局', DISPOSALS[4]],
    ]);
    const close = (departmentId?: number) =>
      closeDisposition(db, { taskId, entityId: ids[0]!, departmentId, closedOn: '2026-12-10', closureNotes: '已整改' }, '2026-12-20');
    expect(() => close()).toThrow(/有 2 个部门的后续处置（大同县市场和质量监督管理局、县应急管理局），请指明是哪个部门的/);
    expect(() => close(desk.health.id)).toThrow(
      /的后续处置（县卫生健康局录入）为“未发现问题或相关问题已规范已改正，无需后续处置”，无需登记完结/,
    );
    expect(close(desk.safety.id)).toMatchObject({ departmentName: '县应急管理局', closed: true, closedOn: '2026-12-10' });
    expect(openDispositions(db, { open: true }, '2026-12-20').map((r) => r.departmentName)).toEqual(['大同县市场和质量监督管理局']);
    reopenDisposition(db, { taskId, entityId: ids[0]!, departmentId: desk.safety.id, reason: '复查仍未改正' }, '2026-12-20');
    expect(openDispositions(db, { open: true }, '2026-12-20')).toHaveLength(2);
  });

  it('lists an entity found 无法联系 once, from the first finding, naming each department that found it', () => {
    const { db, desk, taskId, ids, enter } = jointTodo();
    enter(desk.safety.id, ids[1]!, { codes: ['6'], inspectedOn: '2026-12-03' });
    enter(1, ids[1]!, { codes: ['6'], inspectedOn: '2026-12-01' });
    const list = abnormalListDuties(db, '2026-12-04');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ entityId: ids[1], foundOn: '2026-12-01', foundBy: ['大同县市场和质量监督管理局', '县应急管理局'] });
    const listed = recordListing(
      db,
      { taskId, entityId: ids[1]!, listedOn: '2026-12-05', decisionNo: '同市监异〔2026〕1号' },
      '2026-12-06',
    );
    expect(listed).toMatchObject({ state: '已列入', foundOn: '2026-12-01' });
    expect(abnormalListDuties(db, '2026-12-06')).toHaveLength(1);
  });
});
