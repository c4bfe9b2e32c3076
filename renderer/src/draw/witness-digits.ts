/**
 * The 监督人's digits as the core will store them (ALGORITHM.md §2): full-width digits read as
 * ASCII, white space dropped. The screen uses it to count the digits as they are typed and to
 * refuse a short number before the confirmation, in the core's own words; the core checks again.
 */
export function normaliseDigits(typed: string): string {
  return typed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

export const MIN_WITNESS_DIGITS = 6;

const NOT_DIGITS = '监督人随机数只能由数字组成（可用骰子掷出或任意写下）';

/** A character that is no digit, said while the 监督人 is still typing; null when all are digits so far. */
export function digitsNotNumber(typed: string): string | null {
  return /^\d*$/.test(normaliseDigits(typed)) ? null : NOT_DIGITS;
}

/** Why the typed digits would be refused, or null. */
export function digitsProblem(typed: string): string | null {
  const digits = normaliseDigits(typed);
  if (!/^\d*$/.test(digits)) return NOT_DIGITS;
  if (digits.length < MIN_WITNESS_DIGITS) return `监督人随机数至少 ${MIN_WITNESS_DIGITS} 位数字，现在是 ${digits.length} 位`;
  return null;
}

/** 64 hex digits as eight groups of eight, to read aloud group by group. */
export function hexGroups(hex: string): string[] {
  return hex.match(/.{1,8}/g) ?? [hex];
}
