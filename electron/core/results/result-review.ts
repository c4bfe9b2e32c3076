import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { staffByName } from '../staff/staff-service.ts';
import { getTask } from '../tasks/task-service.ts';
import { textField } from '../text-field.ts';
import { parseOrThrow } from '../validate.ts';
import type { Task } from '../tasks/task-schema.ts';
import { resultDepartmentId, taskDepartmentOf } from './result-department.ts';
import type { TaskResultRow } from './result-schema.ts';
import { taskResults } from './result-service.ts';

const positiveId = z.number({ error: '缺少编号' }).int('编号应为整数').positive('编号应为正整数');
const reviewer = textField('审核员', 20).min(1, '请写明审核员（当前登录的审核员）');

/** 审核: the ticked results, or every result awaiting review (`all`). */
export const reviewInputSchema = z
  .object({
    taskId: positiveId,
    /** 联合抽查: the department whose results are reviewed (required there); 本局 otherwise. */
    departmentId: positiveId.optional(),
    entityIds: z.array(positiveId).max(5000, '一次最多审核 5000 户').optional(),
    all: z.boolean().optional(),
    reviewer,
  })
  .refine((r) => r.all === true || (r.entityIds?.length ?? 0) > 0, { message: '请选择要审核的检查结果', path: ['entityIds'] });

/** 退回: one result back to its 录入员, with the reason he is to read. */
export const returnInputSchema = z.object({
  taskId: positiveId,
  /** 联合抽查: the department whose result is returned (required there); 本局 otherwise. */
  departmentId: positiveId.optional(),
  entityId: positiveId,
  reason: textField('退回理由', 200).min(1, '请填写退回理由（不超过 200 字）'),
  reviewer,
});

export type ReviewInput = z.input<typeof reviewInputSchema>;
export type ReturnInput = z.input<typeof returnInputSchema>;

/** What a review or a return did: the entities named, and the task's rows as they now stand. */
export interface ReviewOutcome {
  entities: { entityId: number; code: string; name: string }[];
  rows: TaskResultRow[];
}

/**
 * The department acted for, and how to read the task's rows for it: a single-department task as
 * always (no department), a joint task for that department only.
 */
function reviewScope(db: Db, task: Task, departmentId: number | undefined) {
  const id = resultDepartmentId(db, task, departmentId);
  if (!task.joint) return { id, asked: undefined, audit: {}, of: '' };
  const name = taskDepartmentOf(db, task, id).name;
  return { id, asked: id, audit: { department: name }, of: `${name}的` };
}

/** The reviewer must be on the staff list, in use, with the 审核员 role. */
function checkReviewer(db: Db, name: string): void {
  const person = staffByName(db, name);
  if (!person) throw new AppError(`人员名单中没有“${name}”，不能审核。请先在 设置 → 人员 中添加并勾选“审核员”。`);
  if (!person.active) throw new AppError(`“${person.name}”已停用，不能审核。`);
  if (!person.canReview) throw new AppError(`“${person.name}”不是审核员，不能审核或退回检查结果。`);
}

const named = (rows: TaskResultRow[]) => {
  const names = rows.slice(0, 5).map((r) => r.name);
  return `${names.join('、')}${rows.length > 5 ? ` 等 ${rows.length} 户` : ''}`;
};

/** Why each chosen row cannot be reviewed by `by`, grouped into one Chinese message; '' if none. */
export function reviewRefusal(rows: TaskResultRow[], by: string): string {
  const missing = rows.filter((r) => r.result === null);
  const done = rows.filter((r) => r.result?.status === '已审核');
  const own = rows.filter((r) => r.result?.status === '已录入' && r.result.enteredBy === by);
  const reasons = [
    missing.length ? `${named(missing)}尚未录入检查结果` : '',
    done.length ? `${named(done)}已经审核` : '',
    own.length ? `${named(own)}由${by}本人录入，一人不能审核自己录入的结果，请由其他审核员审核` : '',
  ].filter(Boolean);
  return reasons.length ? `所选 ${rows.length} 户都没有审核：${reasons.join('；')}。` : '';
}

/**
 * 审核 the chosen results as one act: each becomes 已审核 by `reviewer`, or, if any of them cannot
 * be (未录入, already 已审核, entered by the reviewer himself), none is and the refusal names them.
 * `all` takes every result of the task awaiting review.
 */
export function reviewResults(db: Db, input: ReviewInput, now = new Date()): ReviewOutcome {
  const r = parseOrThrow(reviewInputSchema, input);
  checkReviewer(db, r.reviewer);
  return db.transaction(() => {
    const task = getTask(db, r.taskId);
    const dept = reviewScope(db, task, r.departmentId);
    const rows = taskResults(db, r.taskId, dept.asked);
    if (rows.length === 0) throw new AppError('该任务还没有有效的抽取结果，没有可审核的检查结果。');
    let chosen: TaskResultRow[];
    if (r.all) {
      chosen = rows.filter((x) => x.result?.status === '已录入');
      if (chosen.length === 0) throw new AppError(`该任务没有${dept.of}待审核的检查结果（已录入、尚未审核的）。`);
    } else {
      const byId = new Map(rows.map((x) => [x.entityId, x]));
      if (r.entityIds!.some((id) => !byId.has(id))) throw new AppError('所选市场主体不在本任务的抽取结果中。');
      chosen = [...new Set(r.entityIds)].map((id) => byId.get(id)!);
    }
    const refusal = reviewRefusal(chosen, r.reviewer);
    if (refusal) throw new AppError(refusal);
    const update = db.prepare(
      "UPDATE results SET status = '已审核', reviewed_by = ?, reviewed_at = ?, returned_reason = '' WHERE task_id = ? AND entity_id = ? AND department_id = ?",
    );
    for (const x of chosen) update.run(r.reviewer, now.toISOString(), r.taskId, x.entityId, dept.id);
    appendAudit(db, {
      actor: r.reviewer,
      action: '审核检查结果',
      subject: `任务 ${task.code}`,
      details: { ...dept.audit, entities: chosen.map((x) => x.code), count: chosen.length },
    });
    return { entities: chosen.map(({ entityId, code, name }) => ({ entityId, code, name })), rows: taskResults(db, r.taskId, dept.asked) };
  })();
}

/**
 * 退回 one result to its 录入员: back to 已录入 (its review, if any, undone) with the reason shown
 * to him until it is reviewed again. A published result is changed by a 更正, not returned.
 */
export function returnResult(db: Db, input: ReturnInput): ReviewOutcome {
  const r = parseOrThrow(returnInputSchema, input);
  checkReviewer(db, r.reviewer);
  return db.transaction(() => {
    const task = getTask(db, r.taskId);
    const dept = reviewScope(db, task, r.departmentId);
    const row = taskResults(db, r.taskId, dept.asked).find((x) => x.entityId === r.entityId);
    if (!row) throw new AppError('所选市场主体不在本任务的抽取结果中。');
    if (!row.result) throw new AppError(`${row.name}尚未录入${dept.of}检查结果，无可退回。`);
    if (row.result.publishedOn && row.result.status === '已审核') {
      throw new AppError(`${row.name}的检查结果已于 ${row.result.publishedOn} 公示，不能退回；如需修改，请作为更正录入并说明理由。`);
    }
    db.prepare(
      "UPDATE results SET status = '已录入', reviewed_by = '', reviewed_at = NULL, returned_reason = ?, " +
        "returned_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE task_id = ? AND entity_id = ? AND department_id = ?",
    ).run(r.reason, r.taskId, r.entityId, dept.id);
    appendAudit(db, {
      actor: r.reviewer,
      action: '退回检查结果',
      subject: `任务 ${task.code}`,
      details: { ...dept.audit, entity: row.code, enteredBy: row.result.enteredBy, reason: r.reason },
    });
    return { entities: [{ entityId: row.entityId, code: row.code, name: row.name }], rows: taskResults(db, r.taskId, dept.asked) };
  })();
}
