import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import type { ResultInput } from '../../../electron/core/results/result-schema.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext } from '../temp-db.ts';

/** The clerk's date when the results are entered: after every inspection date in these tests. */
export const ENTERED = '2027-12-31';

/** A task of `count` drawn on 2026-11-24, and a way to enter one entity's result by its position. */
export function todoDesk(count = 4) {
  const ctx = tempContext();
  seedEntities(ctx.db, 20);
  seedInspectors(ctx.db, 6);
  const task = makeTask(ctx.db, { count });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
  const rows = taskResults(ctx.db, task.id);
  const enter = (i: number, result: ResultInput) =>
    setResults(ctx.db, { taskId: task.id, entityIds: [rows[i]!.entityId], result, actor: '张录入' }, ENTERED);
  return { db: ctx.db, taskId: task.id, rows, enter };
}
