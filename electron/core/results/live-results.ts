import type { Db } from '../db/connection.ts';
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
  codes: string;
  disposal: string;
  inspected_on: string | null;
  disposal_closed: number;
  closed_on: string | null;
  closure_notes: string;
}

const SELECT = `SELECT r.task_id, t.year, t.number, t.name AS task_name, r.entity_id, e.code AS entity_code, e.name AS entity_name,
    r.codes, r.disposal, r.inspected_on, r.disposal_closed, r.closed_on, r.closure_notes
  FROM results r
  JOIN tasks t ON t.id = r.task_id
  JOIN draws d ON d.task_id = r.task_id AND d.voided_at IS NULL
  JOIN draw_selections s ON s.draw_id = d.id AND s.entity_id = r.entity_id
  JOIN entities e ON e.id = r.entity_id
  WHERE r.codes <> '[]'`;

function toLiveResult(r: Row): LiveResult {
  return {
    taskId: r.task_id,
    taskCode: taskCode(r.year, r.number),
    taskName: r.task_name,
    entityId: r.entity_id,
    entityCode: r.entity_code,
    entityName: r.entity_name,
    codes: JSON.parse(r.codes) as string[],
    disposal: r.disposal,
    inspectedOn: r.inspected_on,
    closed: r.disposal_closed === 1,
    closedOn: r.closed_on,
    closureNotes: r.closure_notes,
  };
}

/** Every entered result of the live draws, newest task first, then in selection order. */
export function liveResults(db: Db): LiveResult[] {
  return (db.prepare(`${SELECT} ORDER BY t.year DESC, t.number DESC, s.position`).all() as Row[]).map(toLiveResult);
}

/** One entity's entered result in a task's live draw, or undefined. */
export function liveResult(db: Db, taskId: number, entityId: number): LiveResult | undefined {
  const row = db.prepare(`${SELECT} AND r.task_id = ? AND r.entity_id = ?`).get(taskId, entityId) as Row | undefined;
  return row && toLiveResult(row);
}
