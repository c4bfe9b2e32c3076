import chineseDays from 'chinese-days';

/**
 * The publication deadline: `workingDays` working days after the last inspection, counted with
 * the State Council's holidays and 调休 make-up working days (chinese-days).
 */
export function publicationDeadline(lastInspection: string, workingDays: number): string {
  return chineseDays.findWorkday(workingDays, lastInspection);
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  if (to === from) return 0;
  const [start, end, sign] = to > from ? [from, to, 1] : [to, from, -1];
  const days = chineseDays.getWorkdaysInRange(start, end, true) as string[]; // true: 调休 weekends count as working days
  return sign * days.filter((d) => d !== start).length;
}

/**
 * The years between two dates whose holidays chinese-days does not know yet (the State Council
 * publishes each year's 放假安排 in the November before): 元旦 is a holiday every year, so a year
 * whose 1 January reads as a working day has no data, and days in it count Monday to Friday only.
 */
export function yearsWithoutHolidayData(from: string, to: string): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    if (!chineseDays.isHoliday(`${year}-01-01`)) years.push(year);
  }
  return years;
}
