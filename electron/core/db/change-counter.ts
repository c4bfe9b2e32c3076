import type { Db } from './connection.ts';

/**
 * A per-table change counter kept in the database itself, so an in-memory index in one
 * connection notices writes made by another (an import running in a job, the CLI).
 */
export function bumpChangeCounter(db: Db, name: string): void {
  db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, '1')
     ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
  ).run(`counter:${name}`);
}

export function readChangeCounter(db: Db, name: string): number {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(`counter:${name}`) as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}
