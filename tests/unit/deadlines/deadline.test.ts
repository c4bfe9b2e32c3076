import { describe, expect, it } from 'vitest';
import {
  hasHolidayData,
  holidayDataNote,
  isWorkingDay,
  publicationDeadline,
  workingDaysBetween,
  yearsWithoutHolidayData,
} from '../../../electron/core/publication/deadline.ts';

describe('working-day deadlines', () => {
  it('knows 2026 from the calendar and lacks 2027 (chinese-days 1.5.7)', () => {
    expect(hasHolidayData(2026)).toBe(true);
    expect(hasHolidayData(2027)).toBe(false);
  });

  it('keeps 元旦, 5月1日 and 10月1–3日 non-working in a year the calendar lacks', () => {
    for (const d of ['2027-01-01', '2027-05-01', '2027-10-01', '2027-10-02', '2027-10-03']) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2027-05-03')).toBe(true); // a Monday: the rest of 劳动节 is not known, so 待核对
    expect(isWorkingDay('2027-01-02')).toBe(false); // Saturday
    expect(isWorkingDay('2027-10-04')).toBe(true);
  });

  it('20 working days from 2026-12-20 skip 元旦 2027', () => {
    // 2026-12-21…31: 9 working days; 2027-01-01 (Friday) is 元旦; 01-04…08: 14; 01-11…15: 19; 01-18: 20
    expect(publicationDeadline('2026-12-20', 20)).toBe('2027-01-18');
    expect(workingDaysBetween('2026-12-20', '2027-01-18')).toBe(20);
    expect(workingDaysBetween('2027-01-18', '2026-12-20')).toBe(-20);
    expect(workingDaysBetween('2026-12-31', '2027-01-04')).toBe(1);
  });

  it('10 working days from 2027-09-28 skip 国庆 10-01…10-03', () => {
    // 09-29, 09-30: 2; 10-01 (Friday) holiday, 10-02/03 weekend and holiday; 10-04…08: 7; 10-11…13: 10
    expect(publicationDeadline('2027-09-28', 10)).toBe('2027-10-13');
    expect(workingDaysBetween('2027-09-30', '2027-10-04')).toBe(1);
  });

  it('leaves a year with holiday data as the calendar has it, 调休 included', () => {
    expect(publicationDeadline('2026-09-25', 20)).toBe('2026-10-29');
    expect(workingDaysBetween('2026-09-28', '2026-10-12')).toBe(6);
    expect(workingDaysBetween('2026-10-12', '2026-09-28')).toBe(-6);
    expect(isWorkingDay('2026-10-10')).toBe(true); // a Saturday made a working day (调休)
    expect(publicationDeadline('2026-12-19', 0)).toBe('2026-12-21');
    expect(publicationDeadline('2026-12-18', 0)).toBe('2026-12-18');
  });

  it('flags a deadline counted through a year without data as 待核对', () => {
    expect(yearsWithoutHolidayData('2026-09-25', '2026-10-29')).toEqual([]);
    expect(yearsWithoutHolidayData('2026-12-20', '2027-01-18')).toEqual([2027]);
    expect(holidayDataNote('2026-09-25', '2026-10-29')).toBeNull();
    expect(holidayDataNote('2026-12-20', '2027-01-18')).toBe(
      '程序尚未收录 2027 年的法定节假日安排，截止日期暂按周一至周五（元旦、5月1日、10月1日至3日除外）计算，请对照国务院放假通知核对。',
    );
  });
});
