import type { Staff } from '../../../electron/api/types.ts';
import type { TaskResultRow } from './result-types.ts';

/** Where a result stands on the grid: 未录入 → 已录入 (or 退回) → 已审核 → 已公示. */
export type ResultStatusLabel = '未录入' | '已录入' | '退回' | '已审核' | '已公示';

export function statusOf(row: TaskResultRow): ResultStatusLabel {
  const r = row.result;
  if (!r) return '未录入';
  if (r.status === '已审核') return r.publishedOn ? '已公示' : '已审核';
  // Saved again after the 退回: the 录入员 has acted on it, and it waits for review as 已录入.
  const fixed = r.returnedAt !== null && r.updatedAt > r.returnedAt;
  return r.returnedReason && !fixed ? '退回' : '已录入';
}

const named = (rows: TaskResultRow[]) =>
  `${rows
    .slice(0, 3)
    .map((r) => r.name)
    .join('、')}${rows.length > 3 ? ` 等 ${rows.length} 户` : ''}`;

/** Why the ticked rows cannot be reviewed by `me` ('' when they can): the 审核所选 button's tooltip. */
export function whyNotReview(rows: TaskResultRow[], me: Staff | null): string {
  if (!me) return '请先选择本机当前登录人员（右上角或 设置 → 人员）';
  if (!me.canReview) return `${me.name}不是审核员，不能审核`;
  if (rows.length === 0) return '请勾选要审核的检查结果';
  const missing = rows.filter((r) => !r.result);
  if (missing.length) return `${named(missing)}尚未录入`;
  const done = rows.filter((r) => r.result?.status === '已审核');
  if (done.length) return `${named(done)}已经审核`;
  const own = rows.filter((r) => r.result?.enteredBy === me.name);
  if (own.length) return `${named(own)}由您本人录入，一人不能审核自己录入的结果`;
  return '';
}

/** Why the ticked rows cannot be returned by `me` ('' when they can): 退回 takes one result. */
export function whyNotReturn(rows: TaskResultRow[], me: Staff | null): string {
  if (!me) return '请先选择本机当前登录人员（右上角或 设置 → 人员）';
  if (!me.canReview) return `${me.name}不是审核员，不能退回`;
  if (rows.length !== 1) return '请只勾选一户要退回的检查结果';
  const r = rows[0]!.result;
  if (!r) return `${rows[0]!.name}尚未录入`;
  if (r.publishedOn && r.status === '已审核') return '已公示的结果不能退回，如需修改请作为更正录入';
  return '';
}
