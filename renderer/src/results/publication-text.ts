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
  if (row.state === '已公示') return `已于 ${row.publishedOn} 公示${row.corrections > 0 ? `；待更正公示 ${row.corrections} 户` : ''}`;
  if (!row.deadline) return '录入检查日期后计算公示期限';
  const text = `公示截止 ${row.deadline}（${daysLeftText(row.daysLeft)}）`;
  return row.deadlineNote ? `${text}。${row.deadlineNote}` : text;
}

/** Entities named as the core names them: 名称（信用代码）, the first 10, then 等 N 户. */
export function namesText(list: readonly { name: string; code: string }[]): string {
  const shown = list.slice(0, 10).map((e) => `${e.name}（${e.code}）`);
  return `${shown.join('、')}${list.length > 10 ? ` 等 ${list.length} 户` : ''}`;
}
