import { describe, expect, it } from 'vitest';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { JOINT_NEEDS_DEPARTMENT } from '../../../electron/core/results/result-department.ts';
import { returnResult, reviewResults } from '../../../electron/core/results/result-review.ts';
import { setResults, taskItemIds, taskResults } from '../../../electron/core/results/result-service.ts';
import { saveStaff } from '../../../electron/core/staff/staff-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { saveDepartment } from '../../../electron/core/departments/department-service.ts';
import { makeTask, PEOPLE } from '../draw/draw-fixtures.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext } from '../temp-db.ts';
import { jointDesk, makeJointTask } from './joint-fixtures.ts';

/** A drawn joint task of 3 entities (本局 leads; 应急 and 卫健 take part) with 张录入, 李审核 and 王两用. */
function jointDrawn() {
  const { db } = tempContext();
  const desk = jointDesk(db);
  const task = makeJointTask(db, desk, { count: 3 });
  runDraw(db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '44'.repeat(32));
  saveStaff(db, { name: '张录入', canEnter: true });
  saveStaff(db, { name: '李审核', canEnter: false, canReview: true });
  saveStaff(db, { name: '王两用', canEnter: true, canReview: true });
  const ids = taskResults(db, task.id).map((r) => r.entityId);
  return { db, desk, taskId: task.id, ids };
}

const today = '2027-03-01';

describe('results of a joint task, per department (谁检查、谁录入)', () => {
  it('two departments enter the same entity independently, each with its own items; the combined view shows both', () => {
    const { db, desk, taskId, ids } = jointDrawn();
    expect(taskItemIds(db, taskId, desk.safety.id)).toEqual([desk.safetyItem]);
    expect(taskItemIds(db, taskId, 1)).toEqual([1, 2]);
    expect(taskItemIds(db, taskId)).toEqual([1, 2, desk.safetyItem, desk.healthItem]);
    setResults(db, { taskId, departmentId: 1, entityIds: [ids[0]!], result: { codes: ['1'] }, actor: '张录入' }, today);
    const safetyRows = setResults(
      db,
      {
        taskId,
        departmentId: desk.safety.id,
        entityIds: [ids[0]!],
        result: {
          codes: ['4'],
          itemFindings: [{ itemId: desk.safetyItem, checked: true, problem: '未设安全警示标志', handling: '责令改正' }],
        },
        actor: '王两用',
      },
      today,
    );
    expect(safetyRows[0]!.result).toMatchObject({ codes: ['4'], enteredBy: '王两用' });
    expect(safetyRows[0]!.result!.itemFindings).toEqual([
      { itemId: desk.safetyItem, checked: true, problem: '未设安全警示标志', handling: '责令改正' },
    ]);
    expect(safetyRows[0]!.departments).toBeUndefined();
    const own = taskResults(db, taskId, 1)[0]!.result!;
    expect(own.codes).toEqual(['1']);
    expect(own.itemFindings.map((f) => f.itemId)).toEqual([1, 2]);
    expect(taskResults(db, taskId, desk.health.id)[0]!.result).toBeNull();
    // Each department sees its own members of the team (k = 2, 1, 1).
    expect(taskResults(db, taskId, 1)[0]!.team).toHaveLength(2);
    expect(taskResults(db, taskId, desk.safety.id)[0]!.team.map((t) => t.certNo.slice(0, 2))).toEqual(['YJ']);
    expect(taskResults(db, taskId, desk.health.id)[0]!.team.map((t) => t.certNo.slice(0, 2))).toEqual(['WJ']);
    const combined = taskResults(db, taskId)[0]!;
    expect(combined.departments!.map((d) => [d.name, d.role, d.result?.codes ?? null])).toEqual([
      ['大同县市场和质量监督管理局', '牵头', ['1']],
      ['县应急管理局', '参与', ['4']],
      ['县卫生健康局', '参与', null],
    ]);
    // Three rows for the one entity would be two here: one per department that entered.
    expect(db.prepare('SELECT count(*) FROM results WHERE task_id = ? AND entity_id = ?').pluck().get(taskId, ids[0])).toBe(2);
    // The entity counts as entered once every department has entered.
    expect(getTask(db, taskId).resultCount).toBe(0);
    setResults(db, { taskId, departmentId: desk.health.id, entityIds: [ids[0]!], result: { codes: ['1'] }, actor: '张录入' }, today);
    expect(getTask(db, taskId).resultCount).toBe(1);
    const details = JSON.parse(
      db.prepare("SELECT details FROM audit_log WHERE action = '检查结果' ORDER BY id DESC LIMIT 1").pluck().get() as string,
    ) as { department: string };
    expect(details.department).toBe('县卫生健康局');
  });

  it('requires a department for a joint task, refuses one not in the task by name, and another department’s items', () => {
    const { db, desk, taskId, ids } = jointDrawn();
    const enter = (departmentId: number | undefined, itemFindings?: { itemId: number; checked: boolean }[]) =>
      setResults(db, { taskId, departmentId, entityIds: [ids[0]!], result: { codes: ['1'], itemFindings }, actor: '张录入' }, today);
    expect(() => enter(undefined)).toThrow(JOINT_NEEDS_DEPARTMENT);
    const fire = saveDepartment(db, { name: '县消防救援大队' });
    expect(() => enter(fire.id)).toThrow(
      /县消防救援大队不是联合抽查任务“.*”的部门（本任务的部门：大同县市场和质量监督管理局、县应急管理局、县卫生健康局）/,
    );
    expect(() => taskResults(db, taskId, fire.id)).toThrow(/县消防救援大队不是联合抽查任务/);
    expect(fieldsOf(() => enter(desk.safety.id, [{ itemId: 1, checked: true }]))?.['itemFindings.1']).toMatch(
      /^检查事项“.*”由大同县市场和质量监督管理局检查，不能录入为县应急管理局的检查结果$/,
    );
  });

  it('a single-department task refuses another department', () => {
    const { db } = tempContext();
    const desk = jointDesk(db);
    const task = makeTask(db, { count: 2 });
    runDraw(db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '55'.repeat(32));
    saveStaff(db, { name: '张录入', canEnter: true });
    const [row] = taskResults(db, task.id);
    expect(taskResults(db, task.id, 1)[0]!.entityId).toBe(row!.entityId);
    expect(() =>
      setResults(db, {
        taskId: task.id,
        departmentId: desk.safety.id,
        entityIds: [row!.entityId],
        result: { codes: ['1'] },
        actor: '张录入',
      }),
    ).toThrow(/不是部门联合抽查，检查结果由本局录入，不能按“县应急管理局”录入/);
  });
});

describe('review and return of a joint task, per department', () => {
  it('reviews one department’s results only; one may not review his own entry; a return goes back to that department’s 录入员', () => {
    const { db, desk, taskId, ids } = jointDrawn();
    const enter = (departmentId: number, actor: string) =>
      setResults(db, { taskId, departmentId, entityIds: ids.slice(0, 2), result: { codes: ['1'] }, actor }, today);
    enter(1, '张录入');
    enter(desk.safety.id, '王两用');
    expect(() => reviewResults(db, { taskId, all: true, reviewer: '李审核' })).toThrow(JOINT_NEEDS_DEPARTMENT);
    // 王两用 entered 应急's results: he may review 本局's, not his own.
    const own = reviewResults(db, { taskId, departmentId: 1, all: true, reviewer: '王两用' });
    expect(own.entities.map((e) => e.entityId)).toEqual(ids.slice(0, 2));
    expect(own.rows.map((r) => r.result?.status ?? '未录入')).toEqual(['已审核', '已审核', '未录入']);
    expect(taskResults(db, taskId, desk.safety.id).map((r) => r.result?.status ?? '未录入')).toEqual(['已录入', '已录入', '未录入']);
    expect(() => reviewResults(db, { taskId, departmentId: desk.safety.id, entityIds: [ids[0]!], reviewer: '王两用' })).toThrow(
      /由王两用本人录入，一人不能审核自己录入的结果/,
    );
    expect(() => reviewResults(db, { taskId, departmentId: desk.health.id, all: true, reviewer: '李审核' })).toThrow(
      '该任务没有县卫生健康局的待审核的检查结果（已录入、尚未审核的）。',
    );
    returnResult(db, { taskId, departmentId: desk.safety.id, entityId: ids[1]!, reason: '检查日期漏填', reviewer: '李审核' });
    const [s0, s1] = taskResults(db, taskId, desk.safety.id).map((r) => r.result!);
    expect(s0).toMatchObject({ status: '已录入', returnedReason: '' });
    expect(s1).toMatchObject({ status: '已录入', returnedReason: '检查日期漏填', enteredBy: '王两用' });
    // 本局's result of the same entity is untouched by 应急's return.
    expect(taskResults(db, taskId, 1)[1]!.result).toMatchObject({ status: '已审核', returnedReason: '', reviewedBy: '王两用' });
    expect(() => returnResult(db, { taskId, departmentId: desk.health.id, entityId: ids[0]!, reason: '无', reviewer: '李审核' })).toThrow(
      /尚未录入县卫生健康局的检查结果，无可退回/,
    );
    const audit = db.prepare("SELECT details FROM audit_log WHERE action = '退回检查结果'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ department: '县应急管理局', reason: '检查日期漏填' });
  });
});
