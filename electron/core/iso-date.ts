import { z } from 'zod';

/**
 * A calendar date written YYYY-MM-DD, the one form every date takes inside the program. zod's
 * ISO date also refuses days a month lacks (2026-02-30), which a bare pattern let through.
 */
export function isoDate(label: string, example: string) {
  return z.iso.date({ error: `${label}应为日期，如 ${example}` });
}

export function isIsoDate(text: string): boolean {
  return z.iso.date().safeParse(text).success;
}
