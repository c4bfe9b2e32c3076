import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { DRAWN_STATUS } from '../inspectors/inspector-schema.ts';
import { tagsOf } from '../inspectors/inspector-service.ts';
import type { Task, TaskDepartment } from '../tasks/task-schema.ts';
import { compareCodePoints, type FrozenInspector } from './draw-algorithm.ts';

export interface InspectorCandidate extends FrozenInspector {
  id: number;
  name: string;
  /** The inspector's department (本局 = 1). */
  departmentId: number;
}

type Excluded = { status: number; certificate: number; tags: number };

export interface InspectorPool {
  candidates: InspectorCandidate[];
  /** Inspectors left out and why, for the shortfall message; `tags` = lacking every required tag. */
  excluded: Excluded;
  /** The task's 所需执法领域 the `tags` count refers to ([] = none required). */
  requiredTags: string[];
  /** A joint task's departments in task order, each with its own candidates and exclusions; null otherwise. */
  departments: { department: TaskDepartment; candidates: InspectorCandidate[]; excluded: Excluded }[] | null;
}

interface Row {
  id: number;
  name: string;
  cert_no: string;
  cert_expiry: string | null;
  unit: string;
  tags: string;
  status: string;
  department_id: number | null;
}

/**
 * Who may be drawn for a task: 在岗 (退休, 借调, 休假, 病休, 调离, 停用 are kept, never drawn), with a
 * 执法证 valid through the end of the task's period (today when it has none), and, when the task
 * names 所需执法领域, holding at least one of them. In canonical order by 执法证号. Conflicts are
 * attached later, for the entities actually drawn.
 *
 * A single-department task draws 本局's inspectors only. A joint task draws from each of its
 * departments (ALGORITHM.md §5a); its 所需执法领域 are 本局's tags, which other departments do not
 * keep, so they narrow 本局's inspectors only.
 */
export function buildInspectorPool(db: Db, task: Task, now: Date): InspectorPool {
  const rows = db.prepare('SELECT id, name, cert_no, cert_expiry, unit, tags, status, department_id FROM inspectors').all() as Row[];
  const validThrough = task.periodEnd ?? dayjs(now).format('YYYY-MM-DD');
  const required = new Set(task.requiredTags);
  const joint = task.joint ? task.departments : null;
  const names = new Map((joint ?? []).map((d) => [d.departmentId, d.name]));
  const lanes = new Map<number, { candidates: InspectorCandidate[]; excluded: Excluded }>(
    (joint ?? [{ departmentId: OWN_DEPARTMENT_ID }]).map((d) => [d.departmentId, { candidates: [], excluded: zero() }]),
  );
  for (const r of rows) {
    const departmentId = r.department_id ?? OWN_DEPARTMENT_ID;
    const lane = lanes.get(departmentId);
    if (!lane) continue;
    const tagged = departmentId === OWN_DEPARTMENT_ID && required.size > 0;
    if (r.status !== DRAWN_STATUS) lane.excluded.status++;
    else if (!r.cert_expiry || r.cert_expiry < validThrough) lane.excluded.certificate++;
    else if (tagged && !tagsOf(r.tags).some((t) => required.has(t))) lane.excluded.tags++;
    else {
      const department = names.get(departmentId);
      lane.candidates.push({
        id: r.id,
        name: r.name,
        cert: r.cert_no,
        unit: r.unit,
        conflicts: [],
        departmentId,
        ...(department === undefined ? {} : { department }),
      });
    }
  }
  const byCert = (a: InspectorCandidate, b: InspectorCandidate) => compareCodePoints(a.cert, b.cert);
  for (const lane of lanes.values()) lane.candidates.sort(byCert);
  const all = [...lanes.values()];
  const excluded = zero();
  for (const lane of all) for (const k of ['status', 'certificate', 'tags'] as const) excluded[k] += lane.excluded[k];
  return {
    candidates: all.flatMap((l) => l.candidates).sort(byCert),
    excluded,
    requiredTags: task.requiredTags,
    departments: joint ? joint.map((department) => ({ department, ...lanes.get(department.departmentId)! })) : null,
  };
}

const zero = (): Excluded => ({ status: 0, certificate: 0, tags: 0 });

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
