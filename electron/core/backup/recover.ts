import fs from 'node:fs';
import path from 'node:path';
import { listBackups, type BackupInfo } from './backup-files.ts';
import { checkBackupFile } from './backup-check.ts';
import { flushFile, flushFolder } from './backup-write.ts';

/**
 * When the database fails its integrity check at start: the damaged file is kept aside (never
 * deleted: someone may want to rescue it) and the newest backup that passes its own check takes
 * its place. Returns the backup used, or null when there is none.
 */
export function recoverFromNewestBackup(dbPath: string, now = new Date()): { backup: BackupInfo; damagedCopy: string } | null {
  const good = newestGoodBackup(dbPath);
  if (!good) return null;
  const damagedCopy = `${dbPath}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(dbPath, damagedCopy);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, damagedCopy + suffix);
  // Through a working name: a kill mid-copy must not leave half a database where the program looks.
  const copying = `${dbPath}.recovering`;
  fs.copyFileSync(good.file, copying);
  flushFile(copying);
  fs.renameSync(copying, dbPath);
  flushFolder(path.dirname(dbPath));
  return { backup: good, damagedCopy };
}

/** The newest backup that passes its integrity check, for the damaged-database dialog. */
export function newestGoodBackup(dbPath: string): BackupInfo | null {
  return (
    listBackups(dbPath).find((b) => {
      try {
        checkBackupFile(b.file);
        return true;
      } catch {
        return false;
      }
    }) ?? null
  );
}
