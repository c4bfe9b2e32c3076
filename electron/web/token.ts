import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret each start: only a page opened from the printed address can use the API. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
