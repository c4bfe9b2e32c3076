import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组内容',
  date: '日期',
  null: '空值',
  undefined: '空',
  nan: '非数字',
};

const FORMAT_NAMES: Record<string, string> = {
  date: '日期，如 2026-12-01',
  datetime: '日期和时间',
  time: '时间',
  uuid: '程序生成的编号',
  email: '电子邮箱',
  url: '网址',
};

/**
 * The Chinese sentence for an issue whose rule carries no message: it names the field (`label`,
 * or 此项 where the path has none) and the limit broken. Every case answers; none falls through
 * to zod's generic text.
 */
export function zodFallbackMessage(issue: Issue, label = '此项'): string {
  const i = issue as Issue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined) return `请填写${label}`;
      if (i.expected === 'int' && typeof i.input === 'number') return `${label}应为整数`;
      return `${label}应为${TYPE_NAMES[String(i.expected)] ?? '其他内容'}，实际是${TYPE_NAMES[received(i.input)] ?? '其他内容'}`;
    case 'too_big':
      return tooBig(label, String(i.origin), Number(i.maximum), i.inclusive !== false);
    case 'too_small':
      return tooSmall(label, String(i.origin), Number(i.minimum), i.inclusive !== false);
    case 'invalid_format':
      return `${label}的格式不对${FORMAT_NAMES[String(i.format)] ? `，应为${FORMAT_NAMES[String(i.format)]}` : ''}`;
    case 'not_multiple_of':
      return `${label}应为 ${String(i.divisor)} 的整数倍`;
    case 'invalid_value':
      return `${label}只能是：${(i.values as unknown[]).map(String).join('、')}`;
    case 'unrecognized_keys':
      return `${label}含有程序不认识的内容`;
    case 'invalid_key':
    case 'invalid_element':
      return `${label}中有不符合要求的项`;
    default:
      return `${label}不符合要求`;
  }
}

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (Number.isNaN(input)) return 'nan';
  return typeof input;
}

function tooBig(label: string, origin: string, max: number, inclusive: boolean): string {
  if (origin === 'string') return `${label}不能超过 ${max} 个字`;
  if (origin === 'array' || origin === 'set') return `${label}最多 ${max} 项`;
  return inclusive ? `${label}不能超过 ${max}` : `${label}应小于 ${max}`;
}

function tooSmall(label: string, origin: string, min: number, inclusive: boolean): string {
  if (origin === 'string') return min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`;
  if (origin === 'array' || origin === 'set') return `${label}至少 ${min} 项`;
  return inclusive ? `${label}不能小于 ${min}` : `${label}应大于 ${min}`;
}
