/** Working days left as the clerk reads them: 剩 3 个工作日 / 今天截止 / 已逾期 2 个工作日. */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft > 0) return `剩 ${daysLeft} 个工作日`;
  if (daysLeft === 0) return '今天截止';
  return `已逾期 ${-daysLeft} 个工作日`;
}

/** Today on this PC as YYYY-MM-DD, the form every date field takes. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * An open 后续处置's age as a colour, warmer the older it is: a month is usual for 责令改正, two
 * are worth a call, three and more is a matter left lying.
 */
export function ageColors(days: number | null): { bg: string; fg: string } {
  if (days === null || days <= 15) return { bg: '#eef3f8', fg: '#37474f' };
  if (days <= 30) return { bg: '#fff8e1', fg: '#6d4c00' };
  if (days <= 60) return { bg: '#ffe0b2', fg: '#7a3e00' };
  if (days <= 90) return { bg: '#ffb74d', fg: '#4e2600' };
  return { bg: '#e64a19', fg: '#ffffff' };
}

/** A soft tint across a row for its deadline state. */
export const STATE_TINT: Record<string, string | undefined> = {
  已逾期: '#fdecea',
  即将到期: '#fff4e0',
  已列入: '#edf7ed',
};

type ChipColor = 'default' | 'info' | 'warning' | 'error' | 'success';

/** Deadline states: overdue red, due soon amber, done green. */
export const STATE_COLORS: Record<string, ChipColor> = {
  未到期: 'info',
  即将到期: 'warning',
  已逾期: 'error',
  已列入: 'success',
  已公示: 'success',
  缺检查日期: 'default',
};
