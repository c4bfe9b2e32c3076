import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The reasons a backup is taken, as its file name and the settings screen say them. */
export const BACKUP_REASONS = { auto: '每日自动', migration: '升级前', import: '导入前', restore: '恢复前', manual: '手动' } as const;
export type BackupReason = keyof typeof BACKUP_REASONS;

export interface BackupInfo {
  file: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
  /** What the backup holds, so the clerk can tell backups apart before restoring. */
  counts: { items: number; entities: number; inspectors: number; tasks: number; draws: number } | null;
}

const NAME = /^shuangsuiji-(\d{8}-\d{6}-\d{3})-([a-z]+)\.db$/;

/** Backups live in `backups/` beside the database file. */
export function backupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

export function backupFileName(reason: BackupReason, at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
  return `shuangsuiji-${stamp}-${reason}.db`;
}

function createdAtOf(name: string): string | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const s = m[1]!;
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(16, 19)}Z`;
}

/** Counts of the main tables, read from a backup opened read-only; null when it is unreadable. */
export function backupCounts(file: string): BackupInfo['counts'] {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) => {
        const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
        return exists ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
      };
      return {
        items: count('items'),
        entities: count('entities'),
        inspectors: count('inspectors'),
        tasks: count('tasks'),
        draws: count('draws'),
      };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** The backups of a database, newest first. */
export function listBackups(dbPath: string, withCounts = true): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, createdAt: createdAtOf(name) }))
    .filter((b): b is { name: string; createdAt: string } => b.createdAt !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    .map(({ name, createdAt }) => {
      const file = path.join(dir, name);
      return {
        file,
        createdAt,
        reason: NAME.exec(name)![2] as BackupReason,
        size: fs.statSync(file).size,
        counts: withCounts ? backupCounts(file) : null,
      };
    });
}

/** Keeps the newest `keep` backups and deletes the rest. */
export function pruneBackups(dbPath: string, keep: number): void {
  for (const old of listBackups(dbPath, false).slice(keep)) fs.rmSync(old.file, { force: true });
}
