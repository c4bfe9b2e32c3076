import type { Db } from '../../../electron/core/db/connection.ts';
import { publish } from '../../../electron/core/publication/publication-act.ts';
import { publicationReadiness } from '../../../electron/core/publication/publication-read.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { drawnTaskOfThreeItems, TODAY } from '../results/item-findings-fixture.ts';

export { TODAY };

/**
 * A drawn task of three 检查事项 and `count` entities, the first `entered` with a result: the
 * first entity found a problem on the second item, the others nothing.
 */
export function taskWithResults(count = 4, entered = count) {
  const t = drawnTaskOfThreeItems(count);
  const ids = t.rows.map((r) => r.entityId);
  if (entered > 0)
    setResults(t.db, { taskId: t.taskId, entityIds: ids.slice(0, entered), result: { codes: ['1'], inspectedOn: '2026-12-03' } }, TODAY);
  if (entered > 0) {
    const items = t.items.map((i) => ({ itemId: i.id, checked: true, problem: '', handling: '' }));
    items[1] = { itemId: t.items[1]!.id, checked: true, problem: '计量器具未检定', handling: '责令限期改正' };
    setResults(
      t.db,
      { taskId: t.taskId, entityIds: [ids[0]!], result: { codes: ['4', 'E'], inspectedOn: '2026-12-04', itemFindings: items } },
      TODAY,
    );
  }
  return { ...t, ids };
}

/** 审核 by SQL: the review itself is another part's (results:review); here only its outcome matters. */
export function markReviewed(db: Db, taskId: number, entityIds: number[]): void {
  const update = db.prepare(
    "UPDATE results SET status = '已审核', reviewed_by = '李审核', reviewed_at = '2026-12-10T00:00:00Z' WHERE task_id = ? AND entity_id = ?",
  );
  for (const id of entityIds) update.run(taskId, id);
}

/**
 * What a document test needs before printing a 公示: every entered result 已审核 (by SQL) and
 * published — a 分批公示 of those when some are missing, else a full 公示.
 */
export function reviewAndPublish(db: Db, taskId: number, date = '2026-12-20') {
  db.prepare("UPDATE results SET status = '已审核', reviewed_by = '李审核' WHERE task_id = ? AND codes <> '[]'").run(taskId);
  const readiness = publicationReadiness(db, taskId);
  const entityIds = readiness.notReady.length > 0 ? readiness.ready.map((e) => e.entityId) : undefined;
  return publish(db, { taskId, entityIds, date });
}

/** Every drawn entity of the task with a result (未发现问题), reviewed and published in one 公示. */
export function publishAll(db: Db, taskId: number, date = '2026-12-20') {
  const ids = taskResults(db, taskId).map((r) => r.entityId);
  setResults(db, { taskId, entityIds: ids, result: { codes: ['1'], inspectedOn: '2026-12-05' } }, TODAY);
  return reviewAndPublish(db, taskId, date);
}
