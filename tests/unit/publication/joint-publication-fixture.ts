import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { PEOPLE } from '../draw/draw-fixtures.ts';
import { jointDesk, makeJointTask } from '../joint/joint-fixtures.ts';
import { TODAY } from '../results/item-findings-fixture.ts';
import { tempContext } from '../temp-db.ts';

export { TODAY };

/**
 * A joint task (本局 leads with items 1 and 2; 县应急管理局 and 县卫生健康局 one item each) drawn
 * with `count` entities, and each department's result entered for every entity: 应急 finds a
 * problem at the first entity, the others nothing. Nothing reviewed yet.
 */
export function drawnJointTask(count = 3) {
  const ctx = tempContext();
  const desk = jointDesk(ctx.db);
  const task = makeJointTask(ctx.db, desk, { count });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '5a'.repeat(32));
  const ids = taskResults(ctx.db, task.id).map((r) => r.entityId);
  const enter = (departmentId: number, entityIds: number[], result: Parameters<typeof setResults>[1]['result']) =>
    setResults(ctx.db, { taskId: task.id, departmentId, entityIds, result }, TODAY);
  enter(1, ids, { codes: ['1'], inspectedOn: '2026-12-03' });
  enter(desk.health.id, ids, { codes: ['1'], inspectedOn: '2026-12-03' });
  enter(desk.safety.id, ids.slice(1), { codes: ['1'], inspectedOn: '2026-12-04' });
  enter(desk.safety.id, ids.slice(0, 1), {
    codes: ['5', 'E'],
    inspectedOn: '2026-12-04',
    itemFindings: [{ itemId: desk.safetyItem, checked: true, problem: '危险化学品未分类存放', handling: '责令当场改正' }],
  });
  return { ...ctx, desk, taskId: task.id, task: getTask(ctx.db, task.id), ids };
}

/** 审核 of one department's results by SQL: the review itself is h-results' (results:review). */
export function reviewDepartment(db: Db, taskId: number, departmentId: number, entityIds?: number[]): void {
  const update = db.prepare(
    "UPDATE results SET status = '已审核', reviewed_by = '李审核', reviewed_at = '2026-12-10T00:00:00Z' WHERE task_id = ? AND department_id = ? AND entity_id = ?",
  );
  const all = db
    .prepare('SELECT entity_id FROM results WHERE task_id = ? AND department_id = ?')
    .pluck()
    .all(taskId, departmentId) as number[];
  for (const id of entityIds ?? all) update.run(taskId, departmentId, id);
}
