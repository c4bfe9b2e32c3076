import { z } from 'zod';

/**
 * A one-line text field with its Chinese label in every message: trimmed, at most `max`
 * characters. trim() is a zod check, not a transform, because an import runs the schema for
 * every one of 100,000 rows.
 */
export function textField(label: string, max: number) {
  return z
    .string({ error: `${label}必须是文字` })
    .trim()
    .max(max, `${label}不能超过 ${max} 字`)
    .regex(NO_CONTROL_CHARACTERS, `${label}含有看不见的控制字符（多为其他系统导出时带入），请删除后再试`);
}

// Tab and line breaks are text; the other C0 controls are debris from other systems' exports,
// and SQLite's length() stops at a NUL, so a name “\0店” would pass a CHECK on its length wrongly.
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
