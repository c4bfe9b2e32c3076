import type { AppContext } from '../../../electron/core/app-context.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';

/** A desk with a roster, inspectors and one recorded draw: both hash chains have links to break. */
export function deskWithOneDraw(ctx: AppContext, entities = 120) {
  seedEntities(ctx.db, entities);
  seedInspectors(ctx.db, 10);
  const task = makeTask(ctx.db, { name: '第一次抽查', count: 8 });
  const draw = runDraw(ctx.db, task.id, PEOPLE);
  return { task, draw };
}

/** One more task drawn after whatever backup the test took. */
export function drawAnotherTask(ctx: AppContext, name: string) {
  const task = makeTask(ctx.db, { name, count: 5 });
  const draw = runDraw(ctx.db, task.id, PEOPLE);
  return { task, draw };
}

export function drawIds(ctx: AppContext): number[] {
  return ctx.db.prepare('SELECT id FROM draws ORDER BY id').pluck().all() as number[];
}
