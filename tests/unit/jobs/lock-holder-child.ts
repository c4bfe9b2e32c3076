import readline from 'node:readline';
import Database from 'better-sqlite3';
import { acquireWriteLock } from '../../../electron/core/jobs/write-lock.ts';

/**
 * A second process that holds the database exactly as an import does: the job lock, then
 * SQLite's write lock, with a row written inside; it prints `held`, and commits and lets go
 * when a line arrives on stdin. So the busy case can be tested for as long as the test needs,
 * however fast the machine imports.
 */
const dbPath = process.argv[2]!;
const lock = acquireWriteLock(dbPath, '正在导入市场主体名录');
const db = new Database(dbPath);
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO rosters (name) VALUES ('另一进程的名录')").run();
process.stdout.write('held\n');
readline.createInterface({ input: process.stdin }).once('line', () => {
  db.exec('COMMIT');
  db.close();
  lock.release();
  process.stdout.write('released\n');
  process.exit(0);
});
