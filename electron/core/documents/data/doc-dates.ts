import dayjs from 'dayjs';

/** Today on this PC, YYYY-MM-DD (a 成文日期 is the local date, not UTC's). */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** 2026-11-24 → 2026年11月24日: Arabic numerals, no leading zeros (GB/T 9704 7.3.5.1). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An inspection period as a notice states it. */
export function chinesePeriod(start: string | null, end: string | null): string {
  if (start && end) return start === end ? chineseDate(start) : `${chineseDate(start)}至${chineseDate(end)}`;
  if (start) return `${chineseDate(start)}起`;
  if (end) return `${chineseDate(end)}前`;
  return '另行通知';
}

/** A recorded moment (ISO, UTC) in this PC's time: 2026年11月24日 10:32:05. */
export function chineseDateTime(iso: string): string {
  const t = dayjs(iso);
  return `${chineseDate(t.format('YYYY-MM-DD'))} ${t.format('HH:mm:ss')}`;
}
