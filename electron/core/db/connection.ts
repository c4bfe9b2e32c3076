import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { createBackupSync } from '../backup/backup-service.ts';
import { foreignFileError, identifyDatabase } from './app-identity.ts';
import { busyAsAppError, isBusyError } from './busy.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * Copy the file aside before a migration changes it (the default). Off for a file that is
   * itself a copy of a backup, being made ready for a restore.
   */
  backupBeforeMigration?: boolean;
}

/**
 * Opens (creating if needed) the one SQLite file that holds everything, with the settings every
 * door relies on: WAL for concurrent readers, foreign keys enforced, and synchronous=FULL because a
 * draw record, once written, must survive a power cut. Applies pending migrations. Another
 * program's SQLite file is refused before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  refuseForeignFile(file);
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    // Take the write lock once: a read-only file or folder fails here, not in the middle of work.
    db.exec('BEGIN IMMEDIATE; ROLLBACK');
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    // Another window's import holds the write lock: say so, not that the file is unwritable.
    if (isBusyError(err)) throw busyAsAppError(err, file);
    // An existing file SQLite cannot open is a folder it cannot write its journal into.
    const readOnly = /READONLY|PERM|ACCES/.test(code) || (code === 'SQLITE_CANTOPEN' && fs.existsSync(file));
    const why = readOnly
      ? '该文件或所在文件夹是只读的，程序无法写入。请把数据放到可写的文件夹（如“文档”），或请管理员开放写入权限。'
      : '请检查该位置是否存在且可写。';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw damagedOrSelf(err, file);
    throw new AppError(`无法打开数据库文件：${file}。${why}`, { cause: `${code} ${String(err)}` });
  }
  try {
    const current = db.pragma('user_version', { simple: true }) as number;
    // An upgrade changes the file: keep a copy of the data as it was, first.
    if (current > 0 && current < loadMigrations().length && options.backupBeforeMigration !== false)
      createBackupSync(db, file, 'migration');
    migrate(db);
  } catch (err) {
    db.close();
    throw damagedOrSelf(err, file);
  }
  return db;
}

/**
 * Looks at an existing, non-empty file through a read-only connection, before the read-write one
 * switches it to WAL (which rewrites header bytes 18-19): a foreign file keeps every byte.
 */
function refuseForeignFile(file: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  let peek: Db | undefined;
  try {
    peek = new Database(file, { readonly: true, fileMustExist: true });
    if (identifyDatabase(peek) === 'foreign') {
      const applicationId = String(peek.pragma('application_id', { simple: true }));
      const userVersion = String(peek.pragma('user_version', { simple: true }));
      const header = `application_id ${applicationId}, user_version ${userVersion}`;
      throw foreignFileError(file, `foreign SQLite file: ${header}`);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const damaged = damagedOrSelf(err, file);
    if (damaged instanceof DamagedDatabaseError) throw damaged;
    // Unreadable for another reason (permissions; a WAL file in a read-only folder cannot make its
    // -shm): the read-write open below explains it in the clerk's words.
  } finally {
    peek?.close();
  }
}

/** Raised at start when SQLite's integrity check fails: the doors offer the newest good backup. */
export class DamagedDatabaseError extends AppError {
  readonly dbPath: string;
  constructor(dbPath: string, detail: string) {
    super(`数据库文件已损坏（完整性检查未通过）：${dbPath}。可以从最近一次完好的备份恢复。`, { cause: detail });
    this.dbPath = dbPath;
  }
}

/** PRAGMA integrity_check, as every door runs it at start. */
export function assertIntact(db: Db, dbPath: string): void {
  const result = db.pragma('integrity_check') as { integrity_check: string }[];
  const lines = result.map((r) => r.integrity_check);
  if (lines.length !== 1 || lines[0] !== 'ok') throw new DamagedDatabaseError(dbPath, lines.slice(0, 5).join('; '));
}

/** SQLite's own word that a file is damaged, turned into the error the doors know how to offer help for. */
export function damagedOrSelf(err: unknown, dbPath: string): unknown {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? new DamagedDatabaseError(dbPath, String(err)) : err;
}
