import type { CallFn, CallInput, CallName, CallOutput } from '../../../electron/api/contract.ts';
import type { ApiResult } from '../../../electron/api/define.ts';
import type { FileDoor, ShellFileDoor, WindowApi } from '../../../electron/api/files.ts';
import { ApiCallError, errorText } from './api-error.ts';
import { browserFiles } from './browser-files.ts';
import { whileBusy } from './busy.ts';
import { httpCall } from './http-call.ts';

declare global {
  interface Window {
    /** Present only in the Electron window, where the preload exposes it. */
    api?: WindowApi;
  }
}

/** The shell's file door answers like a contract call; a refusal becomes an ApiCallError here. */
function shellFiles(shell: ShellFileDoor): FileDoor {
  const unwrap =
    <A extends unknown[], R>(operation: (...args: A) => Promise<ApiResult<R>>) =>
    async (...args: A): Promise<R> => {
      const answer = await operation(...args);
      if (!answer.ok) throw new ApiCallError(answer.error);
      return answer.data;
    };
  return {
    pickOpen: unwrap(shell.pickOpen),
    pickSave: unwrap(shell.pickSave),
    pickFolder: unwrap(shell.pickFolder),
    deliver: unwrap(shell.deliver),
    open: unwrap(shell.open),
    print: unwrap(shell.print),
    reveal: unwrap(shell.reveal),
  };
}

/**
 * The one place that knows which door the screens talk through: the preload's `window.api` inside
 * Electron, the preview host's HTTP routes in a browser. Nothing else in the renderer asks.
 */
const door: { call: CallFn; files: FileDoor } = window.api
  ? { call: window.api.call, files: shellFiles(window.api.files) }
  : { call: httpCall, files: browserFiles };

/** Runs a contract call; never throws: a failure comes back as `{ ok: false, error }`. */
async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<ApiResult<CallOutput<K>>> {
  return whileBusy(async () => {
    try {
      return await (door.call as CallFn)(name, input);
    } catch (err) {
      return { ok: false, error: { message: errorText(err) } };
    }
  });
}

/** Runs a contract call and returns its data, or throws an ApiCallError (message, fields, ref). */
async function run<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await call(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data;
}

export const api = { call, run };

/** Errors of the file door (a refused upload, a blocked window) also reach the clerk in Chinese. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ApiCallError) throw err;
    console.error(err);
    throw new ApiCallError({ message: '文件操作未能完成，请重试；如果仍不行，请重新启动程序。' });
  }
}

export const files: FileDoor = {
  // No await before the door's pickOpen: the browser opens its chooser only inside the click.
  pickOpen: (options) => guarded(() => door.files.pickOpen(options)),
  pickSave: (options) => guarded(() => door.files.pickSave(options)),
  deliver: (path) => guarded(() => door.files.deliver(path)),
  open: (path) => guarded(() => door.files.open(path)),
  // Electron only: where a door cannot show a folder (or a print preview), the screens leave the button out.
  ...(door.files.print ? { print: (path: string) => guarded(() => door.files.print!(path)) } : {}),
  ...(door.files.pickFolder ? { pickFolder: (options: { title: string }) => guarded(() => door.files.pickFolder!(options)) } : {}),
  ...(door.files.reveal ? { reveal: (path: string) => guarded(() => door.files.reveal!(path)) } : {}),
};
