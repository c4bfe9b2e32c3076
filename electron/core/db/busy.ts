import { AppError } from '../errors.ts';
import { describeWriteLockHolder } from '../jobs/write-lock.ts';

/** SQLite's codes for "another connection holds the write lock". */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * A write that met another writer is not a fault of the program: the clerk is told who holds the
 * database (an import in another window, named by its lock) and to try again; never "意外问题".
 */
export function busyAsAppError(err: unknown, dbPath?: string): unknown {
  if (!isBusyError(err)) return err;
  const holder = dbPath ? describeWriteLockHolder(dbPath) : null;
  const what = holder ?? '数据库正被另一个窗口或命令使用';
  return new AppError(`${what}，请稍后再试。`, { cause: `busy: ${String(err)}` });
}
