import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { assertIntact, openDatabase, type Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { loadDefaultItemsOnce } from '../items/default-items.ts';
import { acquireWriteLock } from '../jobs/write-lock.ts';
import { backupCounts, type BackupInfo } from './backup-files.ts';
import { assertChainsIntact, BackupRefused, checkBackupFile } from './backup-check.ts';
import { createBackup } from './backup-service.ts';
import { flushFile, flushFolder } from './backup-write.ts';
import { allConfirmed, drawsMissingFrom, dropWarning, type DroppedDraw } from './restore-drops.ts';

/** A restore either happened, or waits for the clerk to agree to lose the draws it names. */
export type RestoreOutcome =
  | { restored: true; restoredFrom: string; safetyBackup: string; counts: BackupInfo['counts']; dropped: DroppedDraw[] }
  | { restored: false; dropped: DroppedDraw[]; message: string };

/**
 * 恢复. The chosen file is copied beside the data and the copy is checked (read-only: integrity,
 * mark, version, both hash chains), brought up to this program's version and given the start-up
 * check, so what is swapped in is exactly what passed. A backup lacking draws the current data
 * holds is restored only when `confirmDrop` names every one of them; otherwise the answer lists
 * them and nothing changes. The current data is backed up first; the restore itself is an audit
 * entry written into the restored data after the swap, chained from its head.
 */
export async function restoreBackup(ctx: AppContext, file: string, confirmDrop: readonly number[] = []): Promise<RestoreOutcome> {
  if (ctx.jobs.anyRunning()) throw new AppError('有导入或生成任务正在进行，请等它完成后再恢复。');
  if (sameFile(file, ctx.dbPath)) throw new AppError(`所选文件就是正在使用的数据库本身，不是备份：${file}。请从备份列表中选择一个备份。`);
  // Another window's import must not have the file replaced under it, nor start during the swap.
  const lock = acquireWriteLock(ctx.dbPath, '正在从备份恢复数据');
  const staged = `${ctx.dbPath}.restoring`;
  removeStaged(staged);
  try {
    copyBackup(file, staged);
    const backup = checkBackupFile(staged, file);
    const dropped = drawsMissingFrom(ctx.db, backup.drawHashes);
    if (!allConfirmed(dropped, confirmDrop)) return { restored: false, dropped, message: dropWarning(dropped) };
    prepareStaged(staged, file, ctx.resourcesDir);
    const safety = await createBackup(ctx.db, ctx.dbPath, 'restore');
    // A draw made while the safety copy was written would be lost unseen: ask again. From here
    // to the swap nothing awaits, so nothing else can write in between.
    const droppedNow = drawsMissingFrom(ctx.db, backup.drawHashes);
    if (!allConfirmed(droppedNow, confirmDrop)) return { restored: false, dropped: droppedNow, message: dropWarning(droppedNow) };
    swapIn(ctx, staged);
    recordRestore(ctx.db, file, safety.file, droppedNow);
    return { restored: true, restoredFrom: file, safetyBackup: safety.file, counts: backupCounts(ctx.dbPath), dropped: droppedNow };
  } finally {
    removeStaged(staged);
    lock.release();
  }
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = [fs.statSync(a, { throwIfNoEntry: false }), fs.statSync(b, { throwIfNoEntry: false })];
  return sa !== undefined && sb !== undefined && sa.ino !== 0 && sa.ino === sb.ino && sa.dev === sb.dev;
}

function copyBackup(file: string, staged: string): void {
  try {
    fs.copyFileSync(file, staged);
  } catch (err) {
    throw new AppError(`无法读取备份文件：${file}。请检查该文件是否存在、能否打开，以及数据文件夹的剩余空间。`, { cause: String(err) });
  }
}

/** The copy as the program will open it: migrated, marked, through the start-up check, chains re-walked. */
function prepareStaged(staged: string, shownAs: string, resourcesDir: string): void {
  let db: Db | undefined;
  try {
    db = openDatabase(staged, { backupBeforeMigration: false });
    assertIntact(db, staged);
    loadDefaultItemsOnce(db, resourcesDir);
    assertChainsIntact(db, shownAs);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    if (err instanceof BackupRefused) throw err;
    throw new BackupRefused(`备份文件已损坏，无法按本程序的数据版本打开，不能用于恢复：${shownAs}`, { cause: String(err) });
  } finally {
    db?.close();
  }
}

/** Closes the data, puts the prepared copy in its place, and reopens it. */
function swapIn(ctx: AppContext, staged: string): void {
  // Everything of the old file is in the main file before it is replaced: a stale -wal beside
  // the new file would be replayed into it.
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  ctx.db.close();
  try {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(ctx.dbPath + suffix, { force: true });
    flushFile(staged);
    fs.renameSync(staged, ctx.dbPath);
    flushFolder(path.dirname(ctx.dbPath));
  } catch (err) {
    // Windows will not replace a file another program (or window) has open.
    throw new AppError(`无法替换数据库文件：${ctx.dbPath}。它可能正被另一个窗口或程序打开，请关闭后再恢复；当前数据没有改变。`, {
      cause: String(err),
    });
  } finally {
    ctx.db = openDatabase(ctx.dbPath);
  }
}

/** The restore, in the restored history: which file, where the data before it went, what was lost. */
function recordRestore(db: Db, file: string, safetyBackup: string, dropped: DroppedDraw[]): void {
  db.transaction(() => {
    appendAudit(db, { action: '恢复备份', subject: path.basename(file), details: { backup: file, safetyBackup, dropped } });
  })();
}

function removeStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(staged + suffix, { force: true });
}
