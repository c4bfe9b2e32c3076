/** A rate kept as the exact fraction it is, with its text for the table: '33.3%', or '—' when nothing to divide by. */
export interface StatsRate {
  num: number;
  den: number;
  /** One decimal percent, rounded half up from the exact fraction; '—' when den is 0. */
  text: string;
}

/**
 * num ÷ den as a rate. The percent is rounded in integers (tenths of a percent, half up), so
 * 1/8 is 12.5% and 1/16 is 6.3% whatever binary floating point makes of num / den.
 */
export function rateOf(num: number, den: number): StatsRate {
  if (den === 0) return { num, den, text: '—' };
  const tenths = Math.floor((2000 * num + den) / (2 * den));
  return { num, den, text: `${Math.floor(tenths / 10)}.${tenths % 10}%` };
}
