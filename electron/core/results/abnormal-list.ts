import dayjs from 'dayjs';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { isoDate } from '../iso-date.ts';
import { holidayDataNote, publicationDeadline, workingDaysBetween } from '../publication/deadline.ts';
import { textField } from '../text-field.ts';
import { parseOrThrow } from '../validate.ts';
import { liveResults, liveResultsOf, type LiveResult } from './live-results.ts';

/** 通过登记的住所（经营场所）无法联系 in the provincial platform's code table. */
export const UNREACHABLE_CODE = '6';
/** 经营异常名录 within 10 working days of the finding (企业经营异常名录管理暂行办法 and DOMAIN.md). */
export const ABNORMAL_LIST_DAYS = 10;
/** 即将到期: this many working days or fewer left of the ten. */
export const ABNORMAL_DUE_SOON_DAYS = 3;

export type AbnormalState = '未到期' | '即将到期' | '已逾期' | '已列入' | '缺检查日期';

/** An entity found 无法联系 in a task, with its deadline for the 经营异常名录 and whether it is listed. */
export interface AbnormalRow {
  taskId: number;
  taskCode: string;
  taskName: string;
  entityId: number;
  entityCode: string;
  entityName: string;
  /** The result code behind the duty (6). */
  code: string;
  /** 联合抽查: the departments that found it (one or more); empty in a single-department task. */
  foundBy: string[];
  /** The inspection date, the day 无法联系 was found; null when the result has none. */
  foundOn: string | null;
  deadline: string | null;
  /** Working days left until the deadline (negative once overdue); null once listed or without a date. */
  daysLeft: number | null;
  state: AbnormalState;
  listedOn: string | null;
  decisionNo: string;
  /** Why the deadline may be off (a year whose holidays the calendar lacks), or why there is none. */
  deadlineNote: string | null;
}

const positiveId = z.number({ error: '缺少编号' }).int('编号应为整数').positive('编号应为正整数');

export const recordListingSchema = z.object({
  taskId: positiveId,
  entityId: positiveId,
  listedOn: isoDate('列入日期', '2026-12-20'),
  /** 列入经营异常名录决定书's 文号, when the clerk has it. */
  decisionNo: textField('决定书文号', 50).default(''),
  actor: textField('经办人', 20).default(''),
});
export type RecordListingInput = z.input<typeof recordListingSchema>;

interface Listing {
  listed_on: string;
  doc_no: string;
}

function stateOf(deadline: string | null, daysLeft: number | null, listed: boolean, today: string): AbnormalState {
  if (listed) return '已列入';
  if (deadline === null) return '缺检查日期';
  if (deadline < today) return '已逾期';
  return (daysLeft ?? 0) <= ABNORMAL_DUE_SOON_DAYS ? '即将到期' : '未到期';
}

function toRow(r: LiveResult, foundBy: string[], listing: Listing | undefined, today: string): AbnormalRow {
  const deadline = r.inspectedOn ? publicationDeadline(r.inspectedOn, ABNORMAL_LIST_DAYS) : null;
  const daysLeft = deadline && !listing ? workingDaysBetween(today, deadline) : null;
  return {
    taskId: r.taskId,
    taskCode: r.taskCode,
    taskName: r.taskName,
    entityId: r.entityId,
    entityCode: r.entityCode,
    entityName: r.entityName,
    code: UNREACHABLE_CODE,
    foundBy,
    foundOn: r.inspectedOn,
    deadline,
    daysLeft,
    state: stateOf(deadline, daysLeft, listing !== undefined, today),
    listedOn: listing?.listed_on ?? null,
    decisionNo: listing?.doc_no ?? '',
    deadlineNote:
      r.inspectedOn && deadline ? holidayDataNote(r.inspectedOn, deadline) : '检查结果未填检查日期，无法计算列入期限，请先补填检查日期。',
  };
}

function listingOf(db: Db, taskId: number, entityId: number): Listing | undefined {
  return db.prepare('SELECT listed_on, doc_no FROM abnormal_listings WHERE task_id = ? AND entity_id = ?').get(taskId, entityId) as
    Listing | undefined;
}

/**
 * The 无法联系 findings grouped per entity of a task: the 经营异常名录 lists an entity once, however
 * many departments of a joint task found it. The duty runs from the first finding (the earliest
 * dated), and names the departments that found it.
 */
function duties(found: LiveResult[]): { first: LiveResult; foundBy: string[] }[] {
  const byEntity = new Map<string, LiveResult[]>();
  for (const r of found) {
    const key = `${r.taskId}:${r.entityId}`;
    byEntity.set(key, [...(byEntity.get(key) ?? []), r]);
  }
  return [...byEntity.values()].map((rs) => {
    const dated = rs.filter((r) => r.inspectedOn !== null).sort((a, b) => a.inspectedOn!.localeCompare(b.inspectedOn!));
    return { first: dated[0] ?? rs[0]!, foundBy: rs.flatMap((r) => (r.departmentName ? [r.departmentName] : [])) };
  });
}

/**
 * Every entity whose result says 无法联系, for the clerk to put on the 经营异常名录: the finding's
 * date, the deadline 10 working days on, and whether it was listed. Not yet listed come first, the
 * nearest deadline first.
 */
export function abnormalListDuties(db: Db, today = dayjs().format('YYYY-MM-DD')): AbnormalRow[] {
  const rows = duties(liveResults(db).filter((r) => r.codes.includes(UNREACHABLE_CODE))).map(({ first, foundBy }) =>
    toRow(first, foundBy, listingOf(db, first.taskId, first.entityId), today),
  );
  const rank = (r: AbnormalRow) => (r.state === '已列入' ? 2 : r.deadline === null ? 1 : 0);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.deadline ?? '').localeCompare(b.deadline ?? ''));
}

/**
 * Records that an entity found 无法联系 was put on the 经营异常名录 (列入日期, 决定书文号); recording
 * again corrects the date or 文号. The listing itself is made on the 公示系统: this is the desk's note.
 */
export function recordListing(db: Db, input: RecordListingInput, today = dayjs().format('YYYY-MM-DD')): AbnormalRow {
  const l = parseOrThrow(recordListingSchema, input);
  return db.transaction(() => {
    const [duty] = duties(liveResultsOf(db, l.taskId, l.entityId).filter((x) => x.codes.includes(UNREACHABLE_CODE)));
    const r = duty?.first;
    if (!duty || !r) {
      throw new AppError('该检查对象的检查结果不是“6 通过登记的住所（经营场所）无法联系”，无需列入经营异常名录。');
    }
    if (r.inspectedOn && l.listedOn < r.inspectedOn) throw fieldError({ listedOn: `列入日期不能早于检查日期（${r.inspectedOn}）` });
    if (l.listedOn > today) throw fieldError({ listedOn: `列入日期不能晚于今天（${today}）` });
    db.prepare(
      `INSERT INTO abnormal_listings (task_id, entity_id, listed_on, doc_no, actor) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (task_id, entity_id) DO UPDATE SET listed_on = excluded.listed_on, doc_no = excluded.doc_no, actor = excluded.actor`,
    ).run(l.taskId, l.entityId, l.listedOn, l.decisionNo, l.actor);
    appendAudit(db, {
      actor: l.actor,
      action: '列入经营异常名录',
      subject: `任务 ${r.taskCode} ${r.entityCode}`,
      details: { listedOn: l.listedOn, decisionNo: l.decisionNo },
    });
    return toRow(r, duty.foundBy, listingOf(db, l.taskId, l.entityId), today);
  })();
}
