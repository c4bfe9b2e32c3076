import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { DRAWN_STATUS } from '../inspectors/inspector-schema.ts';
import { tagsOf } from '../inspectors/inspector-service.ts';
import type { Task } from '../tasks/task-schema.ts';
import { compareCodePoints, type FrozenInspector } from './draw-algorithm.ts';

export interface InspectorCandidate extends FrozenInspector {
  id: number;
  name: string;
}

export interface InspectorPool {
  candidates: InspectorCandidate[];
  /** Inspectors left out and why, for the shortfall message; `tags` = lacking every required tag. */
  excluded: { status: number; certificate: number; tags: number };
  /** The task's 所需执法领域 the `tags` count refers to ([] = none required). */
  requiredTags: string[];
}

interface Row {
  id: number;
  name: string;
  cert_no: string;
  cert_expiry: string | null;
  unit: string;
  tags: string;
  status: string;
}

/**
 * Who may be drawn for a task: 在岗 (退休, 借调, 休假, 病休, 调离, 停用 are kept, never drawn), with a
 * 执法证 valid through the end of the task's period (today when it has none), and, when the task
 * names 所需执法领域, holding at least one of them. In canonical order by 执法证号. Conflicts are
 * attached later, for the entities actually drawn.
 */
export function buildInspectorPool(db: Db, task: Task, now: Date): InspectorPool {
  const rows = db.prepare('SELECT id, name, cert_no, cert_expiry, unit, tags, status FROM inspectors').all() as Row[];
  const validThrough = task.periodEnd ?? dayjs(now).format('YYYY-MM-DD');
  const required = new Set(task.requiredTags);
  const excluded = { status: 0, certificate: 0, tags: 0 };
  const candidates: InspectorCandidate[] = [];
  for (const r of rows) {
    if (r.status !== DRAWN_STATUS) excluded.status++;
    else if (!r.cert_expiry || r.cert_expiry < validThrough) excluded.certificate++;
    else if (required.size > 0 && !tagsOf(r.tags).some((t) => required.has(t))) excluded.tags++;
    else candidates.push({ id: r.id, name: r.name, cert: r.cert_no, unit: r.unit, conflicts: [] });
  }
  candidates.sort((a, b) => compareCodePoints(a.cert, b.cert));
  return { candidates, excluded, requiredTags: task.requiredTags };
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
    candidate.conflicts = rows
      .filter((r) => r.inspectorId === candidate.id)
      .map((r) => r.code)
      .sort(compareCodePoints);
  }
}
