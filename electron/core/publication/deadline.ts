import chineseDays from 'chinese-days';
import dayjs from 'dayjs';

/**
 * Holidays fixed by date in the State Council's rules (全国年节及纪念日放假办法): 元旦, 劳动节's
 * 5月1日 and 国庆节's 10月1日–3日 are non-working every year, so they are known even for a year
 * whose 放假安排 (the 调休 and the lunar holidays) is not published or not in the calendar yet.
 */
const FIXED_HOLIDAYS = new Set(['01-01', '05-01', '10-01', '10-02', '10-03']);

const knownYears = new Map<number, boolean>();

/**
 * Whether chinese-days holds the year's 放假安排: 元旦 is a holiday every year, so a year whose
 * 1 January reads as a working day has no data (chinese-days 1.5.7 knows up to 2026).
 */
export function hasHolidayData(year: number): boolean {
  let known = knownYears.get(year);
  if (known === undefined) {
    known = chineseDays.isHoliday(`${year}-01-01`);
    knownYears.set(year, known);
  }
  return known;
}

/**
 * A working day by the calendar where it has the year; otherwise Monday to Friday except the
 * fixed-date holidays (the rest of such a year is flagged 待核对 by `yearsWithoutHolidayData`).
 */
export function isWorkingDay(date: string): boolean {
  if (hasHolidayData(Number(date.slice(0, 4)))) return chineseDays.isWorkday(date);
  const weekday = dayjs(date).day();
  return weekday !== 0 && weekday !== 6 && !FIXED_HOLIDAYS.has(date.slice(5, 10));
}

const nextDay = (date: string) => dayjs(date).add(1, 'day').format('YYYY-MM-DD');

/**
 * The deadline `workingDays` working days after `start` (公示: 20 after the last inspection;
 * 经营异常名录: 10 after the finding). 0 is `start` itself if it is a working day, else the next one.
 */
export function publicationDeadline(start: string, workingDays: number): string {
  let date = start;
  if (workingDays <= 0) {
    while (!isWorkingDay(date)) date = nextDay(date);
    return date;
  }
  for (let counted = 0; counted < workingDays;) {
    date = nextDay(date);
    if (isWorkingDay(date)) counted++;
  }
  return date;
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  if (to === from) return 0;
  const [start, end, sign] = to > from ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let date = nextDay(start); date <= end; date = nextDay(date)) if (isWorkingDay(date)) count++;
  return sign * count;
}

/**
 * The years between two dates whose holidays chinese-days does not know yet (the State Council
 * publishes each year's 放假安排 in the November before): their days count Monday to Friday
 * without the fixed-date holidays, and a deadline in them is to be checked against the notice.
 */
export function yearsWithoutHolidayData(from: string, to: string): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    if (!hasHolidayData(year)) years.push(year);
  }
  return years;
}

/** The 待核对 sentence for a deadline counted through years the calendar lacks, or null. */
export function holidayDataNote(from: string, to: string): string | null {
  const years = yearsWithoutHolidayData(from, to);
  return years.length === 0
    ? null
    : `程序尚未收录 ${years.join('、')} 年的法定节假日安排，截止日期暂按周一至周五（元旦、5月1日、10月1日至3日除外）计算，请对照国务院放假通知核对。`;
}
