import { z } from 'zod';
import { fieldError } from './errors.ts';
import { labelOfPath } from './field-labels.ts';
import { zodFallbackMessage } from './zod-fallback-message.ts';

// A rule without a message of its own still answers the clerk in Chinese, naming the field by its
// label and the limit ("每户执法人员不能超过 10"): zod's own Chinese locale says "数值过大：期望 number <=10",
// which names neither, so it is never consulted.
z.config({ customError: (issue) => zodFallbackMessage(issue, labelOfPath(issue.path ?? [])) });

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
