import { describe, expect, it } from 'vitest';
import { dateText } from '../../../electron/core/import/entity-row.ts';

describe('dates as clerks and systems write them', () => {
  it.each([
    ['2026年12月26日', '2026-12-26'],
    ['2026.12.26', '2026-12-26'],
    ['2026/12/26', '2026-12-26'],
    ['2026-12-26', '2026-12-26'],
    ['20261226', '2026-12-26'],
    ['２０２６年１２月２６日', '2026-12-26'],
    ['2026-3-2', '2026-03-02'],
    ['2015-06-30 00:00:00', '2015-06-30'],
    ['2015/6/30 8:05', '2015-06-30'],
  ])('reads %s as %s', (text, date) => {
    expect(dateText(text)).toBe(date);
  });

  it('reads an Excel date cell and a day count', () => {
    expect(dateText(new Date(Date.UTC(2026, 11, 26)))).toBe('2026-12-26');
    expect(dateText(46382)).toBe('2026-12-26');
  });

  it('says nothing for a blank and refuses what cannot be a date', () => {
    expect(dateText('')).toBeUndefined();
    for (const bad of ['2026-13-01', '2026年2月30日', '长期', '2026-12-26 25:00']) expect(dateText(bad), bad).toBeNull();
  });
});
