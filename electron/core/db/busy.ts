import { AppError } from '../errors.ts';

/** SQLite's codes for "another connection holds the write lock". */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * A write that met another writer is not a fault of the program: the clerk is told to wait, and
 * never sees "意外问题". `holder` names the work that holds the database when it is known.
 */
export function busyAsAppError(err: unknown, holder?: string | null): unknown {
  if (!isBusyError(err)) return err;
  const what = holder ? `${holder}，` : '数据库正被另一个窗口或命令使用，';
  return new AppError(`${what}请稍后再试。`, { cause: `busy: ${String(err)}` });
}
