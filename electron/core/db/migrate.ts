import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { migrationsDir } from './migrations-dir.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** Reads `NNNN-name.sql` files; numbers must run 1, 2, 3… without gaps, as shipped files never change. */
export function loadMigrations(dir: string = migrationsDir): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match) throw new Error(`Migration file name not NNNN-name.sql: ${file}`);
      return {
        version: Number(match[1]),
        name: match[2] ?? file,
        sql: fs.readFileSync(path.join(dir, file), 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1..n, found ${m.version} at ${i + 1}`);
  });
  return migrations;
}

/**
 * Applies every migration newer than `PRAGMA user_version`, all in one transaction, so a failed
 * upgrade leaves the file exactly as it was. Refuses a database written by a newer program.
 */
export function migrate(db: Database.Database, migrations: Migration[] = loadMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new AppError(`数据库文件由更新版本的程序创建（数据版本 ${current}，本程序支持到 ${latest}），请升级程序后再打开。`, {
      cause: `database user_version ${current} is newer than code ${latest}`,
    });
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}
