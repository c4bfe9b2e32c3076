import { randomBytes } from 'node:crypto';
import type { AppContext } from '../core/app-context.ts';
import { AppError } from '../core/errors.ts';
import { busyAsAppError } from '../core/db/busy.ts';
import { parseOrThrow } from '../core/validate.ts';
import { contract, isCallName, type CallName, type CallOutput } from './contract.ts';
import type { ApiResult } from './define.ts';
import { checkPaths, type PathGate } from './path-gate.ts';

/**
 * The one entry every door uses: validates the input with the contract's schema, runs the
 * handler, and turns any failure into a Chinese message. Unexpected errors are logged in English
 * with a short reference the clerk can quote; no stack trace ever reaches the screen. A door that
 * takes input from a page passes its `gate`: every path field must be one the door handed out.
 */
export async function dispatch(ctx: AppContext, name: string, rawInput: unknown, gate?: PathGate): Promise<ApiResult<unknown>> {
  try {
    if (!isCallName(name)) throw new AppError(`程序内部错误：未知的操作“${name}”。`, { cause: `unknown call ${name}` });
    const input = parseOrThrow(contract[name].input, rawInput ?? {});
    if (gate) checkPaths(name, contract[name].input, input, gate);
    const handle = contract[name].handle as (c: AppContext, i: unknown) => unknown;
    return { ok: true, data: await handle(ctx, input) };
  } catch (err) {
    return { ok: false, error: toApiError(ctx, name, err) };
  }
}

/** The same, typed by call name, for doors written in TypeScript (CLI, tests). */
export async function invoke<K extends CallName>(ctx: AppContext, name: K, input: unknown): Promise<CallOutput<K>> {
  const result = await dispatch(ctx, name, input);
  if (!result.ok) throw new AppError(result.error.message, { ...(result.error.fields ? { fields: result.error.fields } : {}) });
  return result.data as CallOutput<K>;
}

function toApiError(ctx: AppContext, name: string, cause: unknown) {
  const err = busyAsAppError(cause, ctx.dbPath);
  const ref = randomBytes(3).toString('hex').toUpperCase();
  if (err instanceof AppError) {
    // A refusal the clerk can fix needs no reference; one with a cause for the log gets one.
    if (!err.logCause) return { message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
    ctx.log(`[${ref}] ${name}: ${err.logCause}`);
    return { message: err.message, ref, ...(err.fields ? { fields: err.fields } : {}) };
  }
  ctx.log(`[${ref}] ${name}: unexpected ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { message: `操作未能完成，程序遇到了意外问题（参考号 ${ref}）。请把参考号告诉系统管理员。`, ref };
}
