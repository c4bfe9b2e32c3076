import type { z } from 'zod';

/** One call of the contract: the schema every door validates input with, and the output type. */
export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time; carries the output type for the doors and the renderer. */
  output: O;
  /** What the call does, for the CLI's help and for readers of the contract. */
  summary: string;
}

/** `call(schema, '说明').returns<Output>()`: the input type is inferred, the output is named. */
export function call<I extends z.ZodType>(input: I, summary: string) {
  return {
    returns<O>(): CallSpec<I, O> {
      return { input, summary, output: undefined as O };
    },
  };
}

/** What crosses every door: the data, or a Chinese message (and marked fields) for the clerk. */
export type ApiResult<O> =
  | { ok: true; data: O }
  | { ok: false; error: ApiError };

export interface ApiError {
  message: string;
  fields?: Record<string, string>;
  /** A short reference that finds the English cause in the log. */
  ref?: string;
}
