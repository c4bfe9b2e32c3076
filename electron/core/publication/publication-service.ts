import dayjs from 'dayjs';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { getSettings } from '../settings/settings-service.ts';
import { listTasks } from '../tasks/task-service.ts';
import { publicationDeadline, workingDaysBetween, holidayDataNote } from './deadline.ts';
import { publicationReadiness } from './publication-read.ts';

/** 即将到期: this many working days or fewer left. */
const DUE_SOON_DAYS = 5;

export type PublicationState = '待检查' | '未到期' | '即将到期' | '已逾期' | '已公示';

export interface PublicationRow {
  taskId: number;
  code: string;
  name: string;
  /** A 部门联合抽查: each department publishes its own results; the counts are of entities all departments have done. */
  joint: boolean;
  selected: number;
  entered: number;
  lastInspection: string | null;
  deadline: string | null;
  /** Working days left until the deadline (negative once overdue). */
  daysLeft: number | null;
  /** The date the task's 公示 was complete (every drawn entity published), or marked before 0010. */
  publishedOn: string | null;
  /** Entities named in a stored publication, and those still 已审核 awaiting one. */
  published: number;
  reviewed: number;
  /** Published results changed since: 待更正公示. */
  corrections: number;
  state: PublicationState;
  /** Why the deadline may be off: a year whose 法定节假日 are not known to the program yet. */
  deadlineNote: string | null;
}

/**
 * The 公示 dashboard: for every drawn task, the last inspection date, the deadline (that date +
 * the configured working days) and whether it is due soon, overdue or published.
 */
export function publicationDashboard(db: Db, today = dayjs().format('YYYY-MM-DD')): PublicationRow[] {
  const days = getSettings(db).publicationDays;
  const last = db.prepare('SELECT max(inspected_on) FROM results WHERE task_id = ?').pluck();
  return listTasks(db)
    .filter((t) => t.liveDrawId !== null)
    .map((t) => {
      const readiness = publicationReadiness(db, t.id);
      const lastInspection = (last.get(t.id) as string | null) ?? null;
      const deadline = lastInspection ? publicationDeadline(lastInspection, days) : null;
      const daysLeft = deadline ? workingDaysBetween(today, deadline) : null;
      const state: PublicationState = t.publishedOn
        ? '已公示'
        : deadline === null
          ? '待检查'
          : deadline < today
            ? '已逾期'
            : (daysLeft ?? 0) <= DUE_SOON_DAYS
              ? '即将到期'
              : '未到期';
      const deadlineNote = lastInspection && deadline ? holidayDataNote(lastInspection, deadline) : null;
      return {
        taskId: t.id,
        code: t.code,
        name: t.name,
        joint: t.joint,
        selected: t.selectedCount,
        entered: t.resultCount,
        lastInspection,
        deadline,
        daysLeft,
        publishedOn: t.publishedOn,
        published: readiness.published,
        reviewed: readiness.ready.length,
        corrections: readiness.corrections.length,
        state,
        deadlineNote,
      };
    });
}
