import type { AppContext } from '../app-context.ts';
import type { JobStatus } from '../jobs/job-registry.ts';
import { acquireWriteLock } from '../jobs/write-lock.ts';
import { IMPORT_KINDS } from './import-kinds.ts';
import { runImport, type ImportRequest, type ImportResult } from './run-import.ts';

/**
 * Starts an import (preview or commit) as a job that holds the write lock for its whole length:
 * a second import anywhere is refused at once, naming this one, and a write from this window
 * during it is answered “正在导入…，请稍后再试” instead of waiting.
 */
export function startImportJob(ctx: AppContext, request: ImportRequest): JobStatus<ImportResult> {
  const label = `${request.dryRun ? '正在预览导入的' : '正在导入'}${IMPORT_KINDS[request.kind].label}`;
  const lock = acquireWriteLock(ctx.dbPath, label);
  // The import writes on this very thread between its batches, so a write of this window that
  // waited for SQLite's lock would only freeze the window and then fail: it fails at once.
  const busyTimeout = ctx.db.pragma('busy_timeout', { simple: true }) as number;
  ctx.db.pragma('busy_timeout = 0');
  const release = () => {
    lock.release();
    ctx.db.pragma(`busy_timeout = ${busyTimeout}`);
  };
  try {
    return ctx.jobs.start(`import:${request.kind}`, async (hooks) => {
      try {
        return await runImport(ctx.dbPath, request, hooks);
      } finally {
        release();
      }
    });
  } catch (err) {
    release();
    throw err;
  }
}
