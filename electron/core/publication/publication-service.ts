import dayjs from 'dayjs';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { isIsoDate } from '../iso-date.ts';
import { getSettings } from '../settings/settings-service.ts';
import { getTask, listTasks } from '../tasks/task-service.ts';
import { publicationDeadline, workingDaysBetween, yearsWithoutHolidayData } from './deadline.ts';

/** 即将到期: this many working days or fewer left. */
const DUE_SOON_DAYS = 5;

export type PublicationState = '待检查' | '未到期' | '即将到期' | '已逾期' | '已公示';

export interface PublicationRow {
  taskId: number;
  code: string;
  name: string;
  selected: number;
  entered: number;
  lastInspection: string | null;
  deadline: string | null;
  /** Working days left until the deadline (negative once overdue). */
  daysLeft: number | null;
  publishedOn: string | null;
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
      const unknownYears = lastInspection && deadline ? yearsWithoutHolidayData(lastInspection, deadline) : [];
      const deadlineNote =
        unknownYears.length > 0
          ? `程序尚未收录 ${unknownYears.join('、')} 年的法定节假日安排，截止日期暂按周一至周五计算，请对照国务院放假通知核对。`
          : null;
      return {
        taskId: t.id,
        code: t.code,
        name: t.name,
        selected: t.selectedCount,
        entered: t.resultCount,
        lastInspection,
        deadline,
        daysLeft,
        publishedOn: t.publishedOn,
        state,
        deadlineNote,
      };
    });
}

/** Marks a task's results as published on `date`. */
export function markPublished(db: Db, input: { taskId: number; date: string; actor?: string }): void {
  if (!isIsoDate(input.date)) throw fieldError({ date: '公示日期应为日期，如 2026-12-20' });
  db.transaction(() => {
    const task = getTask(db, input.taskId);
    if (task.liveDrawId === null) throw new AppError('该任务还没有抽取结果，无需公示。');
    if (task.resultCount < task.selectedCount)
      throw new AppError(`还有 ${task.selectedCount - task.resultCount} 个检查对象未录入检查结果，录入完毕后再标记公示。`);
    db.prepare('UPDATE tasks SET published_on = ? WHERE id = ?').run(input.date, input.taskId);
    appendAudit(db, { actor: input.actor ?? '', action: '公示', subject: `任务 ${task.code}`, details: { date: input.date } });
  })();
}
