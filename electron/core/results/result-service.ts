import dayjs from 'dayjs';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { getDraw } from '../draw/draw-read.ts';
import { checkEnterer } from '../staff/staff-service.ts';
import { getTask } from '../tasks/task-service.ts';
import { parseOrThrow } from '../validate.ts';
import type { Task } from '../tasks/task-schema.ts';
import { listResultCodes } from './result-codes.ts';
import { itemDepartmentId, resultDepartmentId, taskDepartmentOf } from './result-department.ts';
import {
  NO_FOLLOW_UP,
  resultInputSchema,
  type ItemFinding,
  type ResultFields,
  type ResultInput,
  type DepartmentResult,
  type ResultStatus,
  type StoredResult,
  type TaskResultRow,
} from './result-schema.ts';

interface ResultRow {
  entity_id: number;
  department_id: number;
  codes: string;
  methods: string;
  disposal: ResultFields['disposal'];
  inspected_on: string | null;
  findings: string;
  notes: string;
  inspectors_present: string;
  item_findings: string;
  updated_at: string;
  status: ResultStatus;
  entered_by: string;
  reviewed_by: string;
  reviewed_at: string | null;
  returned_reason: string;
  returned_at: string | null;
  correction_reason: string;
  disposal_closed: number;
  closed_on: string | null;
  closure_notes: string;
  published_on: string | null;
}

/**
 * The 检查事项 of a task, in the order the task lists them (its record sheet's rows). With a
 * department, a joint task's items of that department only: the rows of that department's result.
 */
export function taskItemIds(db: Db, taskId: number, departmentId?: number): number[] {
  const task = getTask(db, taskId);
  if (departmentId === undefined) return task.items.map((i) => i.id);
  if (!task.joint) {
    resultDepartmentId(db, task, departmentId);
    return task.items.map((i) => i.id);
  }
  return departmentItemIds(task, taskDepartmentOf(db, task, departmentId).departmentId);
}

function departmentItemIds(task: Task, departmentId: number): number[] {
  return task.items.filter((i) => itemDepartmentId(i) === departmentId).map((i) => i.id);
}

// A department publishes its own results of a joint task (publications.department_id, NULL = 本局),
// so a result is 已公示 by its own department's publication only.
const RESULT_SELECT = `SELECT r.*,
    (SELECT max(p.published_on) FROM publication_entities pe JOIN publications p ON p.id = pe.publication_id
      WHERE pe.task_id = r.task_id AND pe.entity_id = r.entity_id AND coalesce(p.department_id, 1) = r.department_id) AS published_on
  FROM results r WHERE r.task_id = ?`;

function storedResult(r: ResultRow, itemIds: number[]): StoredResult {
  const codes = JSON.parse(r.codes) as string[];
  return {
    codes,
    methods: JSON.parse(r.methods),
    disposal: r.disposal,
    inspectedOn: r.inspected_on,
    findings: r.findings,
    notes: r.notes,
    inspectorsPresent: JSON.parse(r.inspectors_present),
    itemFindings: alignFindings(itemIds, JSON.parse(r.item_findings) as ItemFinding[], codes),
    updatedAt: r.updated_at,
    status: r.status,
    enteredBy: r.entered_by,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    returnedReason: r.returned_reason,
    returnedAt: r.returned_at,
    correctionReason: r.correction_reason,
    closed: r.disposal_closed === 1,
    closedOn: r.closed_on,
    closureNotes: r.closure_notes,
    publishedOn: r.published_on,
  };
}

/**
 * Codes that say the entity itself could not be inspected (无法联系, 停业, 不配合, 注销, 吊销, 撤销,
 * 迁出, no such business): a result with one of them has its items 未检查 unless told otherwise.
 */
const NOT_INSPECTED_CODES = new Set(['6', '7', '8', '9', '10', '11', '12', 'F']);

/**
 * One finding per item of the task, in the task's order: the given one where there is one, else
 * 已检查 with nothing found (未检查 if a code says the entity could not be inspected). Results
 * entered before per-item findings existed read the same way.
 */
export function alignFindings(itemIds: number[], given: ItemFinding[], codes: string[]): ItemFinding[] {
  const byItem = new Map(given.map((f) => [f.itemId, f]));
  const checked = !codes.some((c) => NOT_INSPECTED_CODES.has(c));
  return itemIds.map((itemId) => byItem.get(itemId) ?? { itemId, checked, problem: '', handling: '' });
}

/**
 * The drawn entities of a task's live draw, in selection order, with their teams and results.
 * A single-department task's are 本局's. A joint task's are read for one department (its members
 * of each team, its result, its items' findings), or, without one, for all (合并查看: `departments`).
 */
export function taskResults(db: Db, taskId: number, departmentId?: number): TaskResultRow[] {
  const task = getTask(db, taskId);
  const chosen = departmentId === undefined && task.joint ? null : resultDepartmentId(db, task, departmentId);
  if (task.liveDrawId === null) return [];
  const draw = getDraw(db, task.liveDrawId);
  const allRows = db.prepare(RESULT_SELECT).all(taskId) as ResultRow[];
  const risk = new Map(
    (
      db
        .prepare('SELECT s.entity_id, e.risk_class FROM draw_selections s JOIN entities e ON e.id = s.entity_id WHERE s.draw_id = ?')
        .all(draw.id) as { entity_id: number; risk_class: string | null }[]
    ).map((r) => [r.entity_id, r.risk_class]),
  );
  if (task.joint) return jointResults(task, draw, allRows, risk, chosen);
  const itemIds = task.items.map((i) => i.id);
  const results = new Map(allRows.filter((r) => r.department_id === OWN_DEPARTMENT_ID).map((r) => [r.entity_id, r]));
  return draw.selected.map((e) => {
    const r = results.get(e.entityId);
    return { ...entityPart(e, risk), team: teamOf(e.inspectors), result: r && r.codes !== '[]' ? storedResult(r, itemIds) : null };
  });
}

type DrawnEntity = ReturnType<typeof getDraw>['selected'][number];

/** The drawn entity's own facts, the same in every row of the task whatever the department. */
function entityPart(e: DrawnEntity, risk: Map<number, string | null>) {
  return { entityId: e.entityId, position: e.position, code: e.code, name: e.name, area: e.area, riskClass: risk.get(e.entityId) ?? null };
}

const teamOf = (members: DrawnEntity['inspectors']) => members.map((i) => ({ certNo: i.certNo, name: i.name }));

/**
 * A joint task's rows: each department's members of the team (the draw's slots of that department)
 * and its own result with its own items; for one department, or all side by side.
 */
function jointResults(
  task: Task,
  draw: ReturnType<typeof getDraw>,
  allRows: ResultRow[],
  risk: Map<number, string | null>,
  chosen: number | null,
): TaskResultRow[] {
  const stored = new Map(allRows.map((r) => [`${r.entity_id}:${r.department_id}`, r]));
  const departments = chosen === null ? task.departments : task.departments.filter((d) => d.departmentId === chosen);
  return draw.selected.map((e) => {
    const parts: DepartmentResult[] = departments.map((d) => {
      const r = stored.get(`${e.entityId}:${d.departmentId}`);
      return {
        departmentId: d.departmentId,
        name: d.name,
        shortName: d.shortName,
        role: d.role,
        itemIds: d.itemIds,
        team: teamOf(e.inspectors.filter((i) => i.departmentId === d.departmentId)),
        result: r && r.codes !== '[]' ? storedResult(r, d.itemIds) : null,
      };
    });
    const [first] = parts;
    return {
      ...entityPart(e, risk),
      team: chosen === null ? teamOf(e.inspectors) : first!.team,
      result: first!.result,
      ...(chosen === null ? { departments: parts } : {}),
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

/** One way a result's findings disagree with the task or with its codes; `itemId` null when no one item is at fault. */
export interface FindingProblem {
  itemId: number | null;
  /** 是否检查 / 发现问题 / 处置情况: the part of the item's finding to fix. */
  part: 'checked' | 'problem' | 'handling' | null;
  message: string;
}

/**
 * Findings must name items of the task, each once, and agree with the codes: an item with a
 * problem found cannot sit beside “1 未发现问题”. Pure, so the Excel import names the cell.
 */
export function findingProblems(
  items: readonly { id: number; name: string }[],
  codes: readonly string[],
  findings: readonly ItemFinding[],
) {
  const names = new Map(items.map((i) => [i.id, i.name]));
  const problems: FindingProblem[] = [];
  const seen = new Set<number>();
  for (const f of findings) {
    const name = names.get(f.itemId);
    if (name === undefined) problems.push({ itemId: f.itemId, part: null, message: `检查事项（编号 ${f.itemId}）不是本任务的抽查事项` });
    else if (seen.has(f.itemId)) problems.push({ itemId: f.itemId, part: null, message: `检查事项“${name}”填了两次` });
    else if (!f.checked && (f.problem || f.handling)) {
      const part = f.problem ? 'problem' : 'handling';
      problems.push({ itemId: f.itemId, part, message: `检查事项“${name}”未检查，不能填写发现问题或处置情况` });
    } else if (f.problem !== '' && codes.length === 1 && codes[0] === '1') {
      problems.push({ itemId: f.itemId, part: 'problem', message: `检查事项“${name}”发现了问题，检查结果不能是“1 未发现问题”` });
    }
    seen.add(f.itemId);
  }
  return problems;
}

function checkFindings(db: Db, task: Task, departmentId: number, fields: ResultFields): void {
  if (fields.itemFindings === undefined) return;
  let items = task.items;
  if (task.joint) {
    // Each department records its own items: another department's item is named as such.
    const other = fields.itemFindings
      .map((f) => task.items.find((i) => i.id === f.itemId))
      .find((i) => i !== undefined && itemDepartmentId(i) !== departmentId);
    if (other) {
      const owner = task.departments.find((d) => d.departmentId === itemDepartmentId(other))?.name ?? '其他部门';
      const mine = taskDepartmentOf(db, task, departmentId).name;
      throw fieldError({ [`itemFindings.${other.id}`]: `检查事项“${other.name}”由${owner}检查，不能录入为${mine}的检查结果` });
    }
    items = task.items.filter((i) => itemDepartmentId(i) === departmentId);
  }
  const [first] = findingProblems(items, fields.codes, fields.itemFindings);
  // Keyed by item, so the form shows the reason on that item's row.
  if (first) throw fieldError({ [first.itemId === null ? 'itemFindings' : `itemFindings.${first.itemId}`]: first.message });
}

/**
 * Sets the results of one or more drawn entities of a task in one transaction (the grid saves
 * one; 批量设置 saves many), with one audit entry naming them.
 */
export interface SetResultsInput {
  taskId: number;
  /** For whom the results are entered: required in a joint task ("谁检查、谁录入"); 本局 otherwise. */
  departmentId?: number | undefined;
  entityIds: number[];
  result: ResultInput;
  /**
   * 批量设置: each entity's 实到执法人员 are its own drawn team (the usual case), instead of the
   * one list in `result`, which cannot fit entities inspected by different teams.
   */
  presentAsTeam?: boolean | undefined;
  /** The 录入员. */
  actor?: string | undefined;
  /** 更正: why a result already published is changed. Required for those, refused for others. */
  correctionReason?: string | undefined;
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
 * than the draw that chose the entity. A published result changes only as a 更正, with a reason.
 */
export function setResults(db: Db, input: SetResultsInput, today = dayjs().format('YYYY-MM-DD')): TaskResultRow[] {
  const fields = parseOrThrow(resultInputSchema, input.result);
  checkCodes(db, fields.codes);
  const correctionReason = (input.correctionReason ?? '').trim();
  if (correctionReason.length > 200) throw fieldError({ correctionReason: '更正理由不能超过 200 字' });
  return db.transaction(() => {
    checkEnterer(db, input.actor ?? '');
    const task = getTask(db, input.taskId);
    const departmentId = resultDepartmentId(db, task, input.departmentId);
    // A single-department task reads and writes as it always did (no department named anywhere).
    const asked = task.joint ? departmentId : undefined;
    const rows = taskResults(db, input.taskId, asked);
    if (rows.length === 0) throw new AppError('该任务还没有有效的抽取结果，无法录入检查结果。');
    checkFindings(db, task, departmentId, fields);
    const dateProblem = inspectionDateProblem(fields.inspectedOn, drawDateOf(db, input.taskId), today);
    if (dateProblem) throw fieldError({ inspectedOn: dateProblem });
    const drawn = new Map(rows.map((r) => [r.entityId, r]));
    const notDrawn = input.entityIds.filter((id) => !drawn.has(id));
    if (notDrawn.length > 0) throw new AppError('所选市场主体不在本任务的抽取结果中。');
    const published = input.entityIds.map((id) => drawn.get(id)!).filter((r) => r.result?.publishedOn);
    if (published.length > 0 && correctionReason === '') {
      const names = published.map((r) => r.name).slice(0, 5);
      throw fieldError({
        correctionReason: `${names.join('、')}${published.length > 5 ? ` 等 ${published.length} 户` : ''}的检查结果已经公示，修改须作为更正并说明理由，更正后另行发布更正公示。`,
      });
    }
    if (published.length === 0 && correctionReason !== '') {
      throw fieldError({ correctionReason: '所选检查结果尚未公示，直接修改即可，无需更正理由。' });
    }
    resultWriter(db)({
      taskId: input.taskId,
      departmentId: asked,
      taskCode: task.code,
      entities: input.entityIds.map((id) => {
        const row = drawn.get(id)!;
        return { entityId: id, code: row.code, present: input.presentAsTeam ? row.team.map((t) => t.certNo) : fields.inspectorsPresent };
      }),
      fields,
      presentAsTeam: input.presentAsTeam,
      actor: input.actor ?? '',
      correctionReason,
    });
    return taskResults(db, input.taskId, asked);
  })();
}

/** One checked result for one or more drawn entities of a task, as `resultWriter` writes it. */
export interface ResultChange {
  taskId: number;
  /**
   * The department whose result this is (a joint task's; 本局 = OWN_DEPARTMENT_ID when left out).
   * Its item findings are aligned to that department's items.
   */
  departmentId?: number | undefined;
  /** The task's code, for the audit entry's subject. */
  taskCode: string;
  /** The entities, each with its credit code (for the audit entry) and its own 实到执法人员. */
  entities: { entityId: number; code: string; present: string[] }[];
  fields: ResultFields;
  /** Recorded in the audit entry: each entity's 实到执法人员 are its drawn team. */
  presentAsTeam?: boolean | undefined;
  /** The 录入员. */
  actor: string;
  /** 更正理由 for a result already published ('' otherwise). */
  correctionReason?: string | undefined;
}

interface Before {
  item_findings: string;
  disposal: string;
  disposal_closed: number;
  closed_on: string | null;
  closure_notes: string;
  correction_reason: string;
}

/**
 * The writing half of `setResults`, for results already checked against the task's live draw:
 * the statements are prepared once, then each change is one upsert per entity and one audit entry
 * naming them. Call it inside the transaction of the change, as often as there are changes (the
 * import calls it once per row). It checks nothing. A written result is 已录入 again, by `actor`,
 * until it is reviewed; its closure stays while its 后续处置 stays.
 */
export function resultWriter(db: Db): (change: ResultChange) => void {
  const before = db.prepare(
    'SELECT item_findings, disposal, disposal_closed, closed_on, closure_notes, correction_reason FROM results ' +
      'WHERE task_id = ? AND entity_id = ? AND department_id = ?',
  );
  const upsert =
    db.prepare(`INSERT INTO results (task_id, entity_id, department_id, codes, methods, disposal, inspected_on, findings, notes,
      inspectors_present, item_findings, status, entered_by, reviewed_by, reviewed_at, correction_reason, disposal_closed, closed_on, closure_notes)
    VALUES (@taskId, @entityId, @departmentId, @codes, @methods, @disposal, @inspectedOn, @findings, @notes,
      @present, @itemFindings, '已录入', @actor, '', NULL, @correctionReason, @closed, @closedOn, @closureNotes)
    ON CONFLICT (task_id, entity_id, department_id) DO UPDATE SET codes = excluded.codes, methods = excluded.methods, disposal = excluded.disposal,
      inspected_on = excluded.inspected_on, findings = excluded.findings, notes = excluded.notes,
      inspectors_present = excluded.inspectors_present, item_findings = excluded.item_findings, status = '已录入',
      entered_by = excluded.entered_by, reviewed_by = '', reviewed_at = NULL, correction_reason = excluded.correction_reason,
      disposal_closed = excluded.disposal_closed, closed_on = excluded.closed_on, closure_notes = excluded.closure_notes,
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  const itemIdsOf = new Map<string, { itemIds: number[]; department: string | null }>();
  return ({ taskId, departmentId, taskCode, entities, fields, presentAsTeam, actor, correctionReason = '' }) => {
    const dept = departmentId ?? OWN_DEPARTMENT_ID;
    const key = `${taskId}:${dept}`;
    let of = itemIdsOf.get(key);
    if (!of) {
      const task = getTask(db, taskId);
      // Named in the audit entry only for a joint task, whose results are per department.
      const department = task.joint ? taskDepartmentOf(db, task, dept).name : null;
      itemIdsOf.set(key, (of = { itemIds: task.joint ? departmentItemIds(task, dept) : task.items.map((i) => i.id), department }));
    }
    const { itemIds, department } = of;
    const common = {
      taskId,
      departmentId: dept,
      codes: JSON.stringify(fields.codes),
      methods: JSON.stringify(fields.methods),
      disposal: fields.disposal,
      inspectedOn: fields.inspectedOn,
      findings: fields.findings,
      notes: fields.notes,
      actor,
    };
    for (const e of entities) {
      const old = before.get(taskId, e.entityId, dept) as Before | undefined;
      const given = fields.itemFindings ?? (old ? (JSON.parse(old.item_findings) as ItemFinding[]) : []);
      const keepClosure = old !== undefined && old.disposal === fields.disposal;
      const closure =
        fields.disposal === NO_FOLLOW_UP
          ? { closed: 1, closedOn: fields.inspectedOn, closureNotes: '' }
          : keepClosure
            ? { closed: old.disposal_closed, closedOn: old.closed_on, closureNotes: old.closure_notes }
            : { closed: 0, closedOn: null, closureNotes: '' };
      upsert.run({
        ...common,
        ...closure,
        entityId: e.entityId,
        present: JSON.stringify(e.present),
        itemFindings: JSON.stringify(alignFindings(itemIds, given, fields.codes)),
        // A correction's reason stays with the result until the 更正公示 prints it.
        correctionReason: correctionReason || old?.correction_reason || '',
      });
    }
    appendAudit(db, {
      actor,
      action: correctionReason ? '更正检查结果' : '检查结果',
      subject: `任务 ${taskCode}`,
      details: {
        ...(department !== null ? { department } : {}),
        entities: entities.map((e) => e.code),
        ...fields,
        ...(presentAsTeam ? { presentAsTeam: true } : {}),
        ...(correctionReason ? { correctionReason } : {}),
      },
    });
  };
}
