import path from 'node:path';
import ExcelJS from 'exceljs';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext, tempDir } from '../temp-db.ts';

/** The clerk's date: after every inspection date below; the draw is on 2026-11-24. */
export const TODAY = '2027-03-01';

/** A task of three 检查事项, drawn: `count` entities, none with a result yet. */
export function drawnTaskOfThreeItems(count = 3) {
  const ctx = tempContext();
  seedEntities(ctx.db, 12);
  seedInspectors(ctx.db, 6);
  const task = makeTask(ctx.db, { itemIds: [1, 2, 3], count });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '44'.repeat(32));
  const full = getTask(ctx.db, task.id);
  return { ...ctx, taskId: task.id, taskCode: full.code, items: full.items, rows: taskResults(ctx.db, task.id) };
}

/** A sheet named 检查结果 with the given header and rows. */
export async function resultSheet(header: string[], rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('检查结果').addRows([header, ...rows]);
  const file = path.join(tempDir(), '检查结果.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** Marks the task's entities as published on `date`, as a 公示 does (the publication itself is h2's). */
export function markPublished(db: Db, taskId: number, entityIds: number[], date = '2026-12-20') {
  const content = JSON.stringify({ entityIds });
  const id = db
    .prepare(`INSERT INTO publications (task_id, kind, published_on, content, content_hash) VALUES (?, '公示', ?, ?, 'test')`)
    .run(taskId, date, content).lastInsertRowid;
  for (const e of entityIds)
    db.prepare('INSERT INTO publication_entities (publication_id, task_id, entity_id) VALUES (?, ?, ?)').run(id, taskId, e);
}
