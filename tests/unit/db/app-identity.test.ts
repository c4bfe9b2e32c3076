import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { APPLICATION_ID } from '../../../electron/core/db/app-identity.ts';
import { openDatabase } from '../../../electron/core/db/connection.ts';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { cli } from '../cli-in-process.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

/** Some other program's SQLite file, as a clerk might pick it by mistake. */
function foreignDatabase(file: string, setup: (db: Database.Database) => void): Buffer {
  const db = new Database(file);
  setup(db);
  db.close();
  return fs.readFileSync(file);
}

function openError(file: string): unknown {
  try {
    openDatabase(file).close();
  } catch (err) {
    return err;
  }
  return null;
}

describe('opening a database: only this program’s own file', () => {
  it('marks a new file with the application_id of 双随机 (SSJ1), set by a migration', () => {
    expect(APPLICATION_ID).toBe(0x53534a31);
    const marking = loadMigrations().filter((m) => /PRAGMA\s+application_id\s*=\s*1397967409\b/.test(m.sql));
    expect(marking).toHaveLength(1);
    const db = openDatabase(path.join(tempDir(), 'new.db'));
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    // A zero-byte file (made by "新建" in Explorer) is a new database too.
    const empty = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(empty, '');
    const fromEmpty = openDatabase(empty);
    expect(fromEmpty.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(tables(fromEmpty)).toContain('items');
    fromEmpty.close();
  });

  it('refuses another program’s SQLite file in Chinese and leaves it untouched (no tables added, same bytes)', () => {
    const dir = tempDir();
    const cases: [string, (db: Database.Database) => void][] = [
      ['plain.db', (db) => db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('王华')")],
      [
        'versioned.db',
        (db) => {
          db.exec('CREATE TABLE notes (body TEXT)');
          db.pragma('user_version = 3');
        },
      ],
      [
        'other-app.db',
        (db) => {
          db.exec('CREATE TABLE t (x)');
          db.pragma('application_id = 1234');
        },
      ],
      [
        'wal.db',
        (db) => {
          db.pragma('journal_mode = WAL');
          db.exec('CREATE TABLE t (x)');
        },
      ],
      // Looks half like ours (an items table) but is not what any of our versions made.
      [
        'lookalike.db',
        (db) => {
          db.exec('CREATE TABLE items (x)');
          db.pragma('user_version = 2');
        },
      ],
    ];
    for (const [name, setup] of cases) {
      const file = path.join(dir, name);
      const before = foreignDatabase(file, setup);
      const tablesBefore = tables(new Database(file, { readonly: true }));
      const err = openError(file);
      expect(err, name).toBeInstanceOf(AppError);
      expect((err as Error).message).toMatch(/不是本程序的数据文件/);
      expect((err as Error).message).toContain(file);
      expect(fs.readFileSync(file).equals(before), `${name} bytes`).toBe(true);
      const check = new Database(file, { readonly: true });
      expect(tables(check)).toEqual(tablesBefore);
      check.close();
    }
  });

  it('refuses it at every door’s start too (openAppContext), so `--db other.db` changes nothing', () => {
    const file = path.join(tempDir(), 'contacts.db');
    const before = foreignDatabase(file, (db) => db.exec('CREATE TABLE contacts (name TEXT)'));
    expect(() => openAppContext({ dbPath: file, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} })).toThrow(
      /不是本程序的数据文件/,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses it as `shuangsuiji --db other.db` in Chinese, exit code not 0, and the file keeps its bytes', async () => {
    const file = path.join(tempDir(), 'contacts.db');
    const before = foreignDatabase(file, (db) => db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('王华')"));
    const run = await cli('--db', file, 'items', 'list');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^错误：.*不是本程序的数据文件/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('recognises a database of this program made before the mark by its schema, and marks it', () => {
    const migrations = loadMigrations();
    const marking = migrations.findIndex((m) => /application_id/.test(m.sql));
    for (const version of [1, 3, marking]) {
      const file = path.join(tempDir(), `v${version}.db`);
      const old = new Database(file);
      migrate(old, migrations.slice(0, version));
      old.prepare("INSERT INTO settings (key, value) VALUES ('bureauName', '某县市场监督管理局')").run();
      expect(old.pragma('application_id', { simple: true })).toBe(0);
      old.close();
      const db = openDatabase(file);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'bureauName'").pluck().get()).toBe('某县市场监督管理局');
      db.close();
    }
  });

  it('still tells a damaged file from a foreign one (the doors offer a backup for the damaged)', () => {
    const file = path.join(tempDir(), 'garbage.db');
    fs.writeFileSync(file, 'not a database at all, and longer than nothing');
    expect((openError(file) as Error).message).toMatch(/数据库文件已损坏/);
  });
});
