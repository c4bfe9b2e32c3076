import { z } from 'zod';

/**
 * A one-line text field with its Chinese label in every message: trimmed, at most `max`
 * characters. trim() is a zod check, not a transform, because an import runs the schema for
 * every one of 100,000 rows.
 */
export function textField(label: string, max: number) {
  return z.string({ error: `${label}必须是文字` }).trim().max(max, `${label}不能超过 ${max} 字`);
}
