import { invoke } from '../api/dispatch.ts';
import type { CallName, CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { CliFailure, isRefusal } from './cli-error.ts';

/**
 * Which option fed which field of a call's input: `{ 'task.count': '--count' }`. A key matches
 * the field path itself and every path under it (`task.classRatios` covers `task.classRatios.A`).
 */
export type OptionNames = Record<string, string>;

function optionFor(path: string, names: OptionNames): string | undefined {
  let best: string | undefined;
  for (const key of Object.keys(names)) {
    if ((path === key || path.startsWith(`${key}.`)) && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : names[best];
}

/**
 * Runs a call whose input came from command options. When the schema (or the core) refuses a
 * field, the message names the option the clerk typed — never the field's internal path.
 */
export async function invokeWithOptions<K extends CallName>(
  ctx: AppContext,
  name: K,
  input: unknown,
  names: OptionNames,
  /** Words of a screen the reason quotes (“请勾选…”), and what the command line says instead. */
  screenWords: Record<string, string> = {},
): Promise<CallOutput<K>> {
  try {
    return await invoke(ctx, name, input);
  } catch (err) {
    if (!isRefusal(err) || !err.fields) throw err;
    const lines = Object.entries(err.fields).map(([path, said]) => {
      const reason = Object.entries(screenWords).reduce((text, [screen, cli]) => text.replaceAll(screen, cli), said);
      const option = optionFor(path, names);
      return option ? `  ${option}：${reason}` : `  ${reason}`;
    });
    throw new CliFailure(`请检查选项：\n${[...new Set(lines)].join('\n')}`);
  }
}
