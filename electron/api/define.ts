import type { z } from 'zod';
import type { AppContext } from '../core/app-context.ts';

/**
 * One call of the contract: the schema every door validates input with, what the call does, and
 * the handler that adapts the parsed input onto a core service. A handler decides nothing of the
 * domain: it picks the service and passes the context's database, folders or jobs.
 */
export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** What the call does, for the CLI's help and for readers of the contract. */
  summary: string;
  handle: (ctx: AppContext, input: z.output<I>) => O | Promise<O>;
}

/**
 * `call(schema, '说明', (ctx, input) => service(ctx.db, input))`: the input type comes from the
 * schema, the output type from the service the handler calls.
 */
export function call<I extends z.ZodType, O>(
  input: I,
  summary: string,
  handle: (ctx: AppContext, input: z.output<I>) => O | Promise<O>,
): CallSpec<I, O> {
  return { input, summary, handle };
}

/** What crosses every door: the data, or a Chinese message (and marked fields) for the clerk. */
export type ApiResult<O> = { ok: true; data: O } | { ok: false; error: ApiError };

export interface ApiError {
  message: string;
  fields?: Record<string, string>;
  /** A short reference that finds the English cause in the log. */
  ref?: string;
}
