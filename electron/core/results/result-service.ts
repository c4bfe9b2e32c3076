import dayjs from 'dayjs';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { getDraw } from '../draw/draw-read.ts';
import { getTask } from '../tasks/task-service.ts';
import { parseOrThrow } from '../validate.ts';
import { listResultCodes } from './result-codes.ts';
import { resultInputSchema, type ResultFields, type ResultInput, type TaskResultRow } from './result-schema.ts';

interface ResultRow {
  entity_id: number;
  codes: string;
  methods: string;
  disposal: ResultFields['disposal'];
  inspected_on: string | null;
  findings: string;
  notes: string;
  inspectors_present: string;
  updated_at: string;
}

/** The drawn entities of a task's live draw, in selection order, with their teams and results. */
export function taskResults(db: Db, taskId: number): TaskResultRow[] {
  const task = getTask(db, taskId);
  if (task.liveDrawId === null) return [];
  const draw = getDraw(db, task.liveDrawId);
  const results = new Map((db.prepare('SELECT * FROM results WHERE task_id = ?').all(taskId) as ResultRow[]).map((r) => [r.entity_id, r]));
  const risk = new Map(
    (
      db
        .prepare('SELECT s.entity_id, e.risk_class FROM draw_selections s JOIN entities e ON e.id = s.entity_id WHERE s.draw_id = ?')
        .all(draw.id) as { entity_id: number; risk_class: string | null }[]
    ).map((r) => [r.entity_id, r.risk_class]),
  );
  return draw.selected.map((e) => {
    const r = results.get(e.entityId);
    return {
      entityId: e.entityId,
      position: e.position,
      code: e.code,
      name: e.name,
      area: e.area,
      riskClass: risk.get(e.entityId) ?? null,
      team: e.inspectors.map((i) => ({ certNo: i.certNo, name: i.name })),
      result:
        r && r.codes !== '[]'
          ? {
              codes: JSON.parse(r.codes),
              methods: JSON.parse(r.methods),
              disposal: r.disposal,
              inspectedOn: r.inspected_on,
              findings: r.findings,
              notes: r.notes,
              inspectorsPresent: JSON.parse(r.inspectors_present),
              updatedAt: r.updated_at,
            }
          : null,
    };
  });
}

function checkCodes(db: Db, codes: string[]): void {
  const known = new Set(
    listResultCodes(db)
      .filter((c) => c.active)
      .map((c) => c.code),
  );
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) throw fieldError({ codes: `检查结果代码 ${unknown.join('、')} 不在结果代码表中（或已停用）` });
  if (codes.includes('1') && codes.length > 1) throw fieldError({ codes: '“1 未发现问题”不能与其他结果同时选择' });
}

/**
 * Sets the results of one or more drawn entities of a task in one transaction (the grid saves
 * one; 批量设置 saves many), with one audit entry naming them.
 */
export interface SetResultsInput {
  taskId: number;
  entityIds: number[];
  result: ResultInput;
  /**
   * 批量设置: each entity's 实到执法人员 are its own drawn team (the usual case), instead of the
   * one list in `result`, which cannot fit entities inspected by different teams.
   */
  presentAsTeam?: boolean | undefined;
  actor?: string | undefined;
}

/** Why an inspection date cannot be right: before the draw that chose the entity, or after today. */
export function inspectionDateProblem(date: string | null, drawnOn: string, today: string): string | null {
  if (date === null) return null;
  if (date < drawnOn) return `检查日期不能早于抽取日期（${drawnOn}）`;
  if (date > today) return `检查日期不能晚于今天（${today}）`;
  return null;
}

/** The local date of a task's live draw (its time alone: the whole record is not needed). */
export function drawDateOf(db: Db, taskId: number): string {
  const drawnAt = db.prepare('SELECT drawn_at FROM draws WHERE id = ?').pluck().get(getTask(db, taskId).liveDrawId) as string;
  return dayjs(drawnAt).format('YYYY-MM-DD');
}

/**
 * `today` is the clerk's date (YYYY-MM-DD): an inspection cannot be later than today, nor earlier
 * than the draw that chose the entity.
 */
export function setResults(db: Db, input: SetResultsInput, today = dayjs().format('YYYY-MM-DD')): TaskResultRow[] {
  const fields = parseOrThrow(resultInputSchema, input.result);
  checkCodes(db, fields.codes);
  return db.transaction(() => {
    const rows = taskResults(db, input.taskId);
    if (rows.length === 0) throw new AppError('该任务还没有有效的抽取结果，无法录入检查结果。');
    const dateProblem = inspectionDateProblem(fields.inspectedOn, drawDateOf(db, input.taskId), today);
    if (dateProblem) throw fieldError({ inspectedOn: dateProblem });
    const drawn = new Map(rows.map((r) => [r.entityId, r]));
    const notDrawn = input.entityIds.filter((id) => !drawn.has(id));
    if (notDrawn.length > 0) throw new AppError('所选市场主体不在本任务的抽取结果中。');
    resultWriter(db)({
      taskId: input.taskId,
      taskCode: getTask(db, input.taskId).code,
      entities: input.entityIds.map((id) => {
        const row = drawn.get(id)!;
        return { entityId: id, code: row.code, present: input.presentAsTeam ? row.team.map((t) => t.certNo) : fields.inspectorsPresent };
      }),
      fields,
      presentAsTeam: input.presentAsTeam,
      actor: input.actor ?? '',
    });
    return taskResults(db, input.taskId);
  })();
}

/** One checked result for one or more drawn entities of a task, as `resultWriter` writes it. */
export interface ResultChange {
  taskId: number;
  /** The task's code, for the audit entry's subject. */
  taskCode: string;
  /** The entities, each with its credit code (for the audit entry) and its own 实到执法人员. */
  entities: { entityId: number; code: string; present: string[] }[];
  fields: ResultFields;
  /** Recorded in the audit entry: each entity's 实到执法人员 are its drawn team. */
  presentAsTeam?: boolean | undefined;
  actor: string;
}

/**
 * The writing half of `setResults`, for results already checked against the task's live draw:
 * the statement is prepared once, then each change is one upsert per entity and one audit entry
 * naming them. Call it inside the transaction of the change, as often as there are changes (the
 * import calls it once per row). It checks nothing.
 */
export function resultWriter(db: Db): (change: ResultChange) => void {
  const upsert =
    db.prepare(`INSERT INTO results (task_id, entity_id, codes, methods, disposal, inspected_on, findings, notes, inspectors_present)
    VALUES (@taskId, @entityId, @codes, @methods, @disposal, @inspectedOn, @findings, @notes, @present)
    ON CONFLICT (task_id, entity_id) DO UPDATE SET codes = excluded.codes, methods = excluded.methods, disposal = excluded.disposal,
      inspected_on = excluded.inspected_on, findings = excluded.findings, notes = excluded.notes,
      inspectors_present = excluded.inspectors_present, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  return ({ taskId, taskCode, entities, fields, presentAsTeam, actor }) => {
    const common = {
      taskId,
      codes: JSON.stringify(fields.codes),
      methods: JSON.stringify(fields.methods),
      disposal: fields.disposal,
      inspectedOn: fields.inspectedOn,
      findings: fields.findings,
      notes: fields.notes,
    };
    for (const e of entities) upsert.run({ ...common, entityId: e.entityId, present: JSON.stringify(e.present) });
    appendAudit(db, {
      actor,
      action: '检查结果',
      subject: `任务 ${taskCode}`,
      details: { entities: entities.map((e) => e.code), ...fields, ...(presentAsTeam ? { presentAsTeam: true } : {}) },
    });
  };
}
