import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { backupDir, backupFileName, listBackups, pruneBackups, type BackupInfo, type BackupReason } from './backup-files.ts';
import { writeBackupFile, writeBackupFileSync } from './backup-write.ts';

/** How many backups are kept (the newest). */
const KEEP_BACKUPS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A consistent online copy of the database (SQLite's backup API, through better-sqlite3), taken
 * while the program keeps working, into backups/ beside the file (or `target`). The file appears
 * under its name only when complete. Old backups beyond the newest 30 are removed.
 */
export async function createBackup(db: Db, dbPath: string, reason: BackupReason, target?: string): Promise<BackupInfo> {
  const dir = backupDir(dbPath);
  const file = target ?? path.join(dir, backupFileName(reason));
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await writeBackupFile(db, file, dir);
  } catch (err) {
    throw new AppError(`无法创建备份：${file}。请检查磁盘空间和该文件夹的写入权限。`, { cause: String(err) });
  }
  if (!target) pruneBackups(dbPath, KEEP_BACKUPS);
  return { file, createdAt: new Date().toISOString(), reason, size: fs.statSync(file).size, counts: null };
}

/**
 * A synchronous copy (VACUUM INTO) for the moments nothing may run before it, such as right
 * before a migration changes the file.
 */
export function createBackupSync(db: Db, dbPath: string, reason: BackupReason): string {
  const dir = backupDir(dbPath);
  const file = path.join(dir, backupFileName(reason));
  fs.mkdirSync(dir, { recursive: true });
  writeBackupFileSync(db, file, dir);
  pruneBackups(dbPath, KEEP_BACKUPS);
  return file;
}

/** At start: a backup when the newest one is older than a day (or there is none). */
export async function backupIfDue(db: Db, dbPath: string, now = new Date()): Promise<BackupInfo | null> {
  const newest = listBackups(dbPath, false)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  return createBackup(db, dbPath, 'auto');
}
