import type { PublicationRow } from '../tasks/task-types.ts';

/** Working days left as the clerk reads them: 剩 3 个工作日 / 今天截止 / 已逾期 2 个工作日. */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft > 0) return `剩 ${daysLeft} 个工作日`;
  if (daysLeft === 0) return '今天截止';
  return `已逾期 ${-daysLeft} 个工作日`;
}

/** The deadline in one line for a task's result screen. */
export function deadlineText(row: PublicationRow): string {
  if (row.state === '已公示') return `已于 ${row.publishedOn} 公示`;
  if (!row.deadline) return '录入检查日期后计算公示期限';
  const text = `公示截止 ${row.deadline}（${daysLeftText(row.daysLeft)}）`;
  return row.deadlineNote ? `${text}。${row.deadlineNote}` : text;
}
