import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/connection.ts';
import { processRunning } from '../process-running.ts';

/** `.<name>.<pid>.partial`: a copy still being written, by the process with that id. */
const PARTIAL = /^\..+\.(\d+)\.partial(-journal)?$/;

function partialPath(dir: string, file: string): string {
  return path.join(dir, `.${path.basename(file)}.${process.pid}.partial`);
}

/**
 * Writes a consistent copy of `db` to `file` so that the name only ever holds a whole backup. The
 * copy is written under a working name in `stagingDir` (the data folder's backups/ for backups, so
 * a killed run leaves nothing in the clerk's folder), flushed to disk, and renamed to `file` only
 * when complete; across volumes it is first copied beside `file` under a working name, so the
 * last step is still a rename. A process killed midway (power cut, Task Manager) leaves at most a
 * working file, which the next backup removes, never a truncated database under the chosen name.
 */
export async function writeBackupFile(db: Db, file: string, stagingDir = path.dirname(file)): Promise<void> {
  const partial = startCopy(file, stagingDir);
  try {
    await db.backup(partial);
    finishCopy(partial, file);
  } catch (err) {
    removeCopy(partial);
    throw err;
  }
}

/** The same, synchronously (VACUUM INTO), for the moments nothing may run before it. */
export function writeBackupFileSync(db: Db, file: string, stagingDir = path.dirname(file)): void {
  const partial = startCopy(file, stagingDir);
  try {
    db.exec(`VACUUM INTO '${partial.replace(/'/g, "''")}'`);
    finishCopy(partial, file);
  } catch (err) {
    removeCopy(partial);
    throw err;
  }
}

function startCopy(file: string, stagingDir: string): string {
  fs.mkdirSync(stagingDir, { recursive: true });
  for (const dir of new Set([stagingDir, path.dirname(file)])) removeLeftovers(dir);
  const partial = partialPath(stagingDir, file);
  removeCopy(partial);
  return partial;
}

/**
 * Out of WAL, so the backup is one self-contained file that opens read-only from a USB stick or
 * a CD (a WAL file needs its -shm beside it); flushed before its name appears.
 */
function finishCopy(partial: string, file: string): void {
  const copy = new Database(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  flushFile(partial);
  try {
    fs.renameSync(partial, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    const beside = partialPath(path.dirname(file), file);
    try {
      fs.copyFileSync(partial, beside);
      flushFile(beside);
      fs.renameSync(beside, file);
    } finally {
      removeCopy(beside);
      removeCopy(partial);
    }
  }
  flushFolder(path.dirname(file));
}

function removeCopy(partial: string): void {
  for (const suffix of ['', '-journal']) fs.rmSync(partial + suffix, { force: true });
}

/** Working files of backups whose process is gone (killed): nobody will finish them. */
function removeLeftovers(dir: string): void {
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const owner = Number(PARTIAL.exec(name)?.[1] ?? process.pid);
    if (owner !== process.pid && !processRunning(owner)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** The data reaches the disk before the name does, or a power cut could leave a named empty file. */
export function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable where the system allows it (a folder cannot be opened for this on Windows). */
export function flushFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows: NTFS journals the rename itself.
  }
}
