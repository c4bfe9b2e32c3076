import { createHash } from 'node:crypto';
import type { Db } from '../../../electron/core/db/connection.ts';
import { runDraw, voidDraw } from '../../../electron/core/draw/draw-service.ts';
import { DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext } from '../temp-db.ts';

export const CITY = '大同县市场监督管理局';
const TODAY = '2027-03-01';

/**
 * A publication as h2's publish() stores it, written directly: content '[]' and its SHA-256, and
 * the entities it names (only publication_entities matter to the statistics).
 */
export function publishBySql(db: Db, taskId: number, entityIds: number[], on = '2026-12-20'): void {
  const content = '[]';
  const hash = createHash('sha256').update(content).digest('hex');
  const id = Number(
    db
      .prepare("INSERT INTO publications (task_id, kind, published_on, content, content_hash) VALUES (?, '公示', ?, ?, ?)")
      .run(taskId, on, content, hash).lastInsertRowid,
  );
  const named = db.prepare('INSERT INTO publication_entities (publication_id, task_id, entity_id) VALUES (?, ?, ?)');
  for (const e of entityIds) named.run(id, taskId, e);
}

/**
 * Two live tasks and one whose only draw was voided, in 2026:
 * - 第一批 (items 1 and 2), drawn 24 Nov from all 20 entities, 4 drawn: two 未发现问题 (无需后续处置,
 *   so 完结), one 4 + A (责令改正, open), one not entered; the first and the third published.
 * - 第二批 (item 1), drawn in December after a voided first draw, from the 16 not drawn for item 1
 *   within the year, 2 drawn: one 未发现问题 in a task marked 已公示 before publications were stored.
 * - 作废批 (item 3): its one draw voided, never redrawn.
 * Odd entities were registered by 大同县市场监督管理局, even ones left blank.
 */
export function statsWorld() {
  const ctx = tempContext();
  const { db } = ctx;
  seedEntities(db, 20, (i) => ({ regAuthority: i % 2 ? CITY : '' }));
  seedInspectors(db, 6);
  const first = makeTask(db, { name: '第一批', itemIds: [1, 2], count: 4 });
  runDraw(db, first.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
  const a = taskResults(db, first.id).map((r) => r.entityId);
  setResults(
    db,
    { taskId: first.id, entityIds: [a[0]!, a[1]!], result: { codes: ['1'], disposal: DISPOSALS[0], inspectedOn: '2026-12-02' } },
    TODAY,
  );
  setResults(
    db,
    { taskId: first.id, entityIds: [a[2]!], result: { codes: ['4', 'A'], disposal: '责令改正', inspectedOn: '2026-12-03' } },
    TODAY,
  );
  publishBySql(db, first.id, [a[0]!, a[2]!]);

  const second = makeTask(db, { name: '第二批', itemIds: [1], count: 2 });
  const voided = runDraw(db, second.id, PEOPLE, new Date('2026-12-09T09:00:00Z'), '44'.repeat(32));
  voidDraw(db, voided.id, '监督人未到场');
  runDraw(db, second.id, PEOPLE, new Date('2026-12-10T09:00:00Z'), '55'.repeat(32));
  const b = taskResults(db, second.id).map((r) => r.entityId);
  setResults(
    db,
    { taskId: second.id, entityIds: [b[0]!], result: { codes: ['1'], disposal: DISPOSALS[0], inspectedOn: '2026-12-12' } },
    TODAY,
  );
  db.prepare("UPDATE tasks SET published_on = '2026-12-20' WHERE id = ?").run(second.id);

  const gone = makeTask(db, { name: '作废批', itemIds: [3], count: 3 });
  const goneDraw = runDraw(db, gone.id, PEOPLE, new Date('2026-10-05T09:00:00Z'), '66'.repeat(32));
  voidDraw(db, goneDraw.id, '名录有误');
  return { ...ctx, first, second, gone, a, b };
}
