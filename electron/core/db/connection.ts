import Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the one SQLite file that holds everything, with the settings every
 * door relies on: WAL for concurrent readers, foreign keys enforced, and synchronous=FULL because a
 * draw record, once written, must survive a power cut. Applies pending migrations.
 */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    throw new AppError(`无法打开数据库文件：${file}。请检查该位置是否存在且可写。`, {
      cause: String(err),
    });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
