import type { Db } from '../db/connection.ts';
import { getDepartment } from '../departments/department-service.ts';
import { taskCode } from '../tasks/task-schema.ts';

/**
 * One entered result of an entity of a task's live draw, with the task's and entity's names: what
 * the 待办 lists (dispositions, the 经营异常名录) are made of. Results left behind by a voided draw
 * belong to no one's work any more and are not read.
 */
export interface LiveResult {
  taskId: number;
  taskCode: string;
  taskName: string;
  entityId: number;
  entityCode: string;
  entityName: string;
  /** Whose result: a joint task keeps one per department (本局 = 1 in a single-department task). */
  departmentId: number;
  /** The department's name in a joint task; null in a single-department task, where it goes without saying. */
  departmentName: string | null;
  codes: string[];
  disposal: string;
  inspectedOn: string | null;
  closed: boolean;
  closedOn: string | null;
  closureNotes: string;
}

interface Row {
  task_id: number;
  year: number;
  number: number;
  task_name: string;
  entity_id: number;
  entity_code: string;
  entity_name: string;
  department_id: number;
  joint: number;
  codes: string;
  disposal: string;
  inspected_on: string | null;
  disposal_closed: number;
  closed_on: string | null;
  closure_notes: string;
}

const SELECT = `SELECT r.task_id, t.year, t.number, t.name AS task_name, r.entity_id, e.code AS entity_code, e.name AS entity_name,
    r.department_id, t.joint, r.codes, r.disposal, r.inspected_on, r.disposal_closed, r.closed_on, r.closure_notes
  FROM results r
  JOIN tasks t ON t.id = r.task_id
  JOIN draws d ON d.task_id = r.task_id AND d.voided_at IS NULL
  JOIN draw_selections s ON s.draw_id = d.id AND s.entity_id = r.entity_id
  JOIN entities e ON e.id = r.entity_id
  LEFT JOIN task_departments td ON td.task_id = r.task_id AND td.department_id = r.department_id
  WHERE r.codes <> '[]'`;

// A joint task's departments in the task's order (the lead first); a single-department task's one.
const ORDER = 'ORDER BY t.year DESC, t.number DESC, s.position, coalesce(td.position, 0)';

function toLiveResult(db: Db, r: Row): LiveResult {
  return {
    taskId: r.task_id,
    taskCode: taskCode(r.year, r.number),
    taskName: r.task_name,
    entityId: r.entity_id,
    entityCode: r.entity_code,
    entityName: r.entity_name,
    departmentId: r.department_id,
    departmentName: r.joint === 1 ? getDepartment(db, r.department_id).name : null,
    codes: JSON.parse(r.codes) as string[],
    disposal: r.disposal,
    inspectedOn: r.inspected_on,
    closed: r.disposal_closed === 1,
    closedOn: r.closed_on,
    closureNotes: r.closure_notes,
  };
}

/**
 * Every entered result of the live draws, newest task first, then in selection order; a joint
 * task's entity has one per department that entered, the lead's first.
 */
export function liveResults(db: Db): LiveResult[] {
  return (db.prepare(`${SELECT} ${ORDER}`).all() as Row[]).map((r) => toLiveResult(db, r));
}

/** One entity's entered results in a task's live draw: one, or in a joint task one per department that entered. */
export function liveResultsOf(db: Db, taskId: number, entityId: number): LiveResult[] {
  return (db.prepare(`${SELECT} AND r.task_id = ? AND r.entity_id = ? ${ORDER}`).all(taskId, entityId) as Row[]).map((r) =>
    toLiveResult(db, r),
  );
}
