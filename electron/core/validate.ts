import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';
import { fieldError } from './errors.ts';

// Rules without a message of their own still answer the clerk in Chinese.
z.config(zhCN());

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
