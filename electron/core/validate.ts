import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';
import { fieldError } from './errors.ts';

// Rules without a message of their own still answer the clerk in Chinese. zod's own Chinese
// leaves most type names in English ("期望 object，实际接收 string"): a wrong type is named here.
z.config({
  ...zhCN(),
  customError: (issue) => (issue.code === 'invalid_type' ? wrongType(String(issue.expected), issue.input) : undefined),
});

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

function wrongType(expected: string, input: unknown): string {
  const received = input === null ? 'null' : Array.isArray(input) ? 'array' : Number.isNaN(input) ? 'nan' : typeof input;
  if (input === undefined) return '必须填写';
  return `应为${TYPE_NAMES[expected] ?? '其他内容'}，实际是${TYPE_NAMES[received] ?? '其他内容'}`;
}

/**
 * Runs a schema and turns its complaints into an AppError that marks each field with a Chinese
 * reason (the schemas carry Chinese messages), so forms, the CLI and imports all speak alike.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw fieldError(issuesByField(result.error));
}

export function issuesByField(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}
