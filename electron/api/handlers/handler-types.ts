import type { z } from 'zod';
import type { AppContext } from '../../core/app-context.ts';
import type { CallSpec } from '../define.ts';

/** The handler map of one domain's calls: each call's parsed input in, its output out. */
export type HandlersFor<C extends Record<string, CallSpec<z.ZodType, unknown>>> = {
  [K in keyof C]: (ctx: AppContext, input: z.output<C[K]['input']>) => C[K]['output'] | Promise<C[K]['output']>;
};
