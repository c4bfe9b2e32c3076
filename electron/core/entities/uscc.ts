/**
 * 统一社会信用代码 (GB 32100-2015) and the 15-digit 注册号 of older 个体工商户: normalising what
 * Excel does to them, and checking them.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const USCC_CHARS = new RegExp(`^[${ALPHABET}]{18}$`);
const CLEAN_CODE = /^[0-9A-Z]{15,18}$/;
/**
 * What Excel shows, or a CSV saved from it holds, for a long number: "9.11402E+17", "9E+17",
 * "9.1140221E17", "9.1E-3". Only text with a decimal point or an exponent sign counts: neither
 * character is in the code alphabet, while digits with one E and no sign ("911402214E41475874")
 * can be a real code, and the checksum decides whether it is one.
 */
const SCIENTIFIC = /^\d+(?:\.\d*E[+-]?|E[+-])\d+$/;

export type CodeProblem = 'empty' | 'lost' | 'length' | 'alphabet' | 'checksum';

export type CodeCheck =
  | { ok: true; code: string; kind: 'uscc' | 'regno' }
  /** `code` is the normalised text, so a flagged row can still be shown and accepted. */
  | { ok: false; code: string; problem: CodeProblem; message: string };

/** The check character GB 32100 computes from the first 17 characters. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Trims, folds full-width characters to half-width (NFKC), drops inner spaces and upper-cases.
 * A code stored as a number in Excel is only safe when it has at most 15 digits: Excel keeps 15
 * significant digits, so any 18-digit code typed as a number has already lost its last ones.
 * Text is lost only when it is such a number in scientific notation (see SCIENTIFIC); any other
 * text, letters and all, is left for checkCode to judge.
 */
export function normaliseCode(value: unknown): { text: string; lost: boolean } {
  // Most codes arrive already clean; folding them anyway was a tenth of checking a roster row.
  // Clean text has no point or sign, so it is never scientific notation.
  if (typeof value === 'string' && CLEAN_CODE.test(value)) return { text: value, lost: false };
  if (typeof value === 'number') {
    const safe = Number.isInteger(value) && value >= 0 && value < 1e15;
    return { text: String(value), lost: !safe };
  }
  const text = String(value ?? '')
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .toUpperCase();
  // "9.11402E+17" is what a CSV saved from such a sheet holds.
  return { text, lost: SCIENTIFIC.test(text) };
}

export function checkCode(value: unknown): CodeCheck {
  const { text, lost } = normaliseCode(value);
  const fail = (problem: CodeProblem, message: string): CodeCheck => ({ ok: false, code: text, problem, message });
  if (lost) return fail('lost', '单元格为数值格式，代码已失真，请将该列设为文本后重新录入代码');
  if (text === '') return fail('empty', '统一社会信用代码为空');
  if (isRegistrationNumber(text)) return { ok: true, code: text, kind: 'regno' };
  if (text.length !== 18) return fail('length', `代码应为 18 位统一社会信用代码或 15 位注册号，实际 ${text.length} 位`);
  const bad = USCC_CHARS.test(text) ? [] : [...text].filter((c) => !ALPHABET.includes(c));
  if (bad.length > 0) return fail('alphabet', `代码含有不允许的字符：${[...new Set(bad)].join(' ')}（不使用 I、O、S、V、Z）`);
  const expected = usccCheckChar(text.slice(0, 17));
  if (expected !== text[17]) return fail('checksum', `校验位不符：按 GB 32100 应为 ${expected}，表中为 ${text[17]}`);
  return { ok: true, code: text, kind: 'uscc' };
}

/** True for the 15-digit 注册号 of an older 个体工商户 (a normalised code, as stored). */
function isRegistrationNumber(code: string): boolean {
  return /^\d{15}$/.test(code);
}

/** What a document calls one entity's code: 注册号 for the 15-digit number, else 统一社会信用代码. */
export function codeLabel(code: string): '注册号' | '统一社会信用代码' {
  return isRegistrationNumber(code) ? '注册号' : '统一社会信用代码';
}

/**
 * The header of a column of codes: 统一社会信用代码, or 统一社会信用代码（注册号） once any row
 * holds a 注册号 — as 公示 lists write it, since one header serves every row.
 */
export function codeColumnLabel(codes: Iterable<string>): '统一社会信用代码' | '统一社会信用代码（注册号）' {
  for (const code of codes) if (isRegistrationNumber(code)) return '统一社会信用代码（注册号）';
  return '统一社会信用代码';
}
