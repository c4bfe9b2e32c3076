import dayjs from 'dayjs';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { isoDate } from '../iso-date.ts';
import { textField } from '../text-field.ts';
import { parseOrThrow } from '../validate.ts';
import { liveResults, liveResultsOf, type LiveResult } from './live-results.ts';
import { NO_FOLLOW_UP } from './result-schema.ts';

/** A 后续处置 that asks for follow-up, with where it stands. */
export interface DispositionRow {
  taskId: number;
  taskCode: string;
  taskName: string;
  entityId: number;
  entityCode: string;
  entityName: string;
  /** Whose 后续处置: each department of a joint task follows up its own. */
  departmentId: number;
  /** The department's name in a joint task; null in a single-department task. */
  departmentName: string | null;
  disposal: string;
  /** The inspection date: when the 后续处置 was decided. */
  inspectedOn: string | null;
  closed: boolean;
  closedOn: string | null;
  closureNotes: string;
  /** Calendar days from the inspection to today (open) or to 完结 (closed); null without an inspection date. */
  ageDays: number | null;
}

const positiveId = z.number({ error: '缺少编号' }).int('编号应为整数').positive('编号应为正整数');

export const dispositionListSchema = z.object({
  /** Only those not yet 完结. */
  open: z.boolean({ error: '是否只看未完结只能是“是”或“否”' }).optional(),
});

/** 联合抽查: whose 后续处置; may be left out while the entity has only one in the task. */
const departmentId = positiveId.optional();

export const closeDispositionSchema = z.object({
  taskId: positiveId,
  entityId: positiveId,
  departmentId,
  closedOn: isoDate('完结日期', '2026-12-20'),
  closureNotes: textField('完结情况', 500).min(1, '请填写完结情况（不超过 500 字）'),
  actor: textField('经办人', 20).default(''),
});

export const reopenDispositionSchema = z.object({
  taskId: positiveId,
  entityId: positiveId,
  departmentId,
  reason: textField('撤销理由', 200).min(1, '请填写撤销完结的理由（不超过 200 字）'),
  actor: textField('经办人', 20).default(''),
});

export type DispositionListInput = z.input<typeof dispositionListSchema>;
export type CloseDispositionInput = z.input<typeof closeDispositionSchema>;
export type ReopenDispositionInput = z.input<typeof reopenDispositionSchema>;

const followsUp = (r: LiveResult) => r.disposal !== '' && r.disposal !== NO_FOLLOW_UP;

function toRow(r: LiveResult, today: string): DispositionRow {
  const end = r.closed ? r.closedOn : today;
  return {
    taskId: r.taskId,
    taskCode: r.taskCode,
    taskName: r.taskName,
    entityId: r.entityId,
    entityCode: r.entityCode,
    entityName: r.entityName,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    disposal: r.disposal,
    inspectedOn: r.inspectedOn,
    closed: r.closed,
    closedOn: r.closedOn,
    closureNotes: r.closureNotes,
    ageDays: r.inspectedOn && end ? dayjs(end).diff(dayjs(r.inspectedOn), 'day') : null,
  };
}

/**
 * Every result whose 后续处置 asks for follow-up (anything but 无需后续处置), with 是否完结 and its
 * age; `open` keeps those not yet 完结, oldest first (the ones to chase).
 */
export function openDispositions(db: Db, input: DispositionListInput = {}, today = dayjs().format('YYYY-MM-DD')): DispositionRow[] {
  const { open } = parseOrThrow(dispositionListSchema, input);
  const rows = liveResults(db)
    .filter((r) => followsUp(r) && (!open || !r.closed))
    .map((r) => toRow(r, today));
  return open ? rows.sort((a, b) => (b.ageDays ?? -1) - (a.ageDays ?? -1)) : rows;
}

/**
 * The result whose 后续处置 is closed or reopened. In a joint task each department that entered has
 * its own; the department may go unnamed while only one of them asks for follow-up.
 */
function followUpOf(db: Db, taskId: number, entityId: number, departmentId: number | undefined): LiveResult {
  const all = liveResultsOf(db, taskId, entityId).filter((r) => departmentId === undefined || r.departmentId === departmentId);
  const [first] = all;
  if (!first) throw new AppError('该检查对象没有录入检查结果，没有可完结的后续处置。');
  const followUps = all.filter(followsUp);
  if (followUps.length > 1) {
    const names = followUps.map((r) => r.departmentName).join('、');
    throw new AppError(`${first.entityName}在本任务中有 ${followUps.length} 个部门的后续处置（${names}），请指明是哪个部门的。`);
  }
  const whose = first.departmentName && departmentId !== undefined ? `（${first.departmentName}录入）` : '';
  if (!followUps[0]) throw new AppError(`${first.entityName}的后续处置${whose}为“${first.disposal || '未填写'}”，无需登记完结。`);
  return followUps[0];
}

/** The result as it now stands, by its department. */
const reread = (db: Db, r: LiveResult) => liveResultsOf(db, r.taskId, r.entityId).find((x) => x.departmentId === r.departmentId)!;
const departmentOf = (r: LiveResult) => (r.departmentName ? { department: r.departmentName } : {});

/**
 * 完结 of a 后续处置: its date (not before the inspection, not after today) and what came of it.
 * Closure is not a public field, so a published result is closed without a 更正.
 */
export function closeDisposition(db: Db, input: CloseDispositionInput, today = dayjs().format('YYYY-MM-DD')): DispositionRow {
  const c = parseOrThrow(closeDispositionSchema, input);
  return db.transaction(() => {
    const r = followUpOf(db, c.taskId, c.entityId, c.departmentId);
    if (r.closed) throw new AppError(`${r.entityName}的后续处置已于 ${r.closedOn} 完结；如需改动，请先撤销完结。`);
    if (r.inspectedOn && c.closedOn < r.inspectedOn) throw fieldError({ closedOn: `完结日期不能早于检查日期（${r.inspectedOn}）` });
    if (c.closedOn > today) throw fieldError({ closedOn: `完结日期不能晚于今天（${today}）` });
    db.prepare(
      'UPDATE results SET disposal_closed = 1, closed_on = ?, closure_notes = ? WHERE task_id = ? AND entity_id = ? AND department_id = ?',
    ).run(c.closedOn, c.closureNotes, c.taskId, c.entityId, r.departmentId);
    appendAudit(db, {
      actor: c.actor,
      action: '处置完结',
      subject: `任务 ${r.taskCode} ${r.entityCode}`,
      details: { ...departmentOf(r), disposal: r.disposal, closedOn: c.closedOn, closureNotes: c.closureNotes },
    });
    return toRow(reread(db, r), today);
  })();
}

/** Takes back a 完结 recorded by mistake (or a matter that came back), with the reason. */
export function reopenDisposition(db: Db, input: ReopenDispositionInput, today = dayjs().format('YYYY-MM-DD')): DispositionRow {
  const o = parseOrThrow(reopenDispositionSchema, input);
  return db.transaction(() => {
    const r = followUpOf(db, o.taskId, o.entityId, o.departmentId);
    if (!r.closed) throw new AppError(`${r.entityName}的后续处置尚未完结，无需撤销。`);
    db.prepare(
      "UPDATE results SET disposal_closed = 0, closed_on = NULL, closure_notes = '' WHERE task_id = ? AND entity_id = ? AND department_id = ?",
    ).run(o.taskId, o.entityId, r.departmentId);
    appendAudit(db, {
      actor: o.actor,
      action: '撤销处置完结',
      subject: `任务 ${r.taskCode} ${r.entityCode}`,
      details: { ...departmentOf(r), disposal: r.disposal, closedOn: r.closedOn, closureNotes: r.closureNotes, reason: o.reason },
    });
    return toRow(reread(db, r), today);
  })();
}
