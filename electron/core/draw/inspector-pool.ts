import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import type { Task } from '../tasks/task-schema.ts';
import type { FrozenInspector } from './draw-algorithm.ts';

export interface InspectorCandidate extends FrozenInspector {
  id: number;
  name: string;
}

export interface InspectorPool {
  candidates: InspectorCandidate[];
  /** Inspectors left out and why, for the shortfall message. */
  excluded: { status: number; certificate: number; fields: number };
}

interface Row { id: number; name: string; cert_no: string; cert_expiry: string | null; unit: string; fields: string; status: string }

/**
 * Who may be drawn for a task: 在岗, with a 执法证 valid through the end of the task's period
 * (today when it has none), and with an 执法领域 covering every item's category where one is set.
 * In canonical order by 执法证号. Conflicts are attached later, for the entities actually drawn.
 */
export function buildInspectorPool(db: Db, task: Task, now: Date): InspectorPool {
  const rows = db.prepare('SELECT id, name, cert_no, cert_expiry, unit, fields, status FROM inspectors').all() as Row[];
  const validThrough = task.periodEnd ?? dayjs(now).format('YYYY-MM-DD');
  const categories = [...new Set(task.items.map((i) => i.category))];
  const excluded = { status: 0, certificate: 0, fields: 0 };
  const candidates: InspectorCandidate[] = [];
  for (const r of rows) {
    if (r.status !== '在岗') excluded.status++;
    else if (!r.cert_expiry || r.cert_expiry < validThrough) excluded.certificate++;
    else if (r.fields && !categories.every((c) => r.fields.split('、').includes(c))) excluded.fields++;
    else candidates.push({ id: r.id, name: r.name, cert: r.cert_no, unit: r.unit, conflicts: [] });
  }
  candidates.sort((a, b) => (a.cert < b.cert ? -1 : a.cert > b.cert ? 1 : 0));
  return { candidates, excluded };
}

/** Adds each candidate's declared 回避 among the selected entities (codes sorted). */
export function attachConflicts(db: Db, candidates: InspectorCandidate[], selectedIds: number[]): void {
  const rows = db
    .prepare(
      `SELECT c.inspector_id AS inspectorId, e.code FROM conflicts c JOIN entities e ON e.id = c.entity_id
       WHERE c.entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(selectedIds)) as { inspectorId: number; code: string }[];
  for (const candidate of candidates) {
    candidate.conflicts = rows.filter((r) => r.inspectorId === candidate.id).map((r) => r.code).sort();
  }
}
