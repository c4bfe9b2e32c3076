import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { AppContext } from '../app-context.ts';
import { openDatabase } from '../db/connection.ts';
import { loadMigrations } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { backupCounts, type BackupInfo } from './backup-files.ts';
import { createBackup } from './backup-service.ts';

/** Checks that a file is a sound database this program can open, without changing it. */
export function checkBackupFile(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new AppError(`无法打开备份文件：${file}。`, { cause: String(err) });
  }
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new AppError(`备份文件已损坏（完整性检查未通过），不能用于恢复：${file}`, { cause: String(result) });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > loadMigrations().length) throw new AppError('该备份由更新版本的程序创建，请先升级程序。');
    if (version === 0) throw new AppError(`该文件不是本程序的数据库备份：${file}`);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(`无法读取备份文件：${file}。`, { cause: String(err) });
  } finally {
    db.close();
  }
}

/**
 * 恢复: the current file is backed up first, then replaced by the chosen backup, and reopened
 * (older backups are brought up to date by the migrations). Refused while an import runs.
 */
export async function restoreBackup(ctx: AppContext, file: string): Promise<{ restoredFrom: string; safetyBackup: string; counts: BackupInfo['counts'] }> {
  checkBackupFile(file);
  if (ctx.jobs.anyRunning()) throw new AppError('有导入或生成任务正在进行，请等它完成后再恢复。');
  const safety = await createBackup(ctx.db, ctx.dbPath, 'restore');
  ctx.db.close();
  try {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(ctx.dbPath + suffix, { force: true });
    const tmp = `${ctx.dbPath}.restoring`;
    fs.copyFileSync(file, tmp);
    fs.renameSync(tmp, ctx.dbPath);
  } finally {
    ctx.db = openDatabase(ctx.dbPath);
  }
  return { restoredFrom: file, safetyBackup: safety.file, counts: backupCounts(ctx.dbPath) };
}
