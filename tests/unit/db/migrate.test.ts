import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/core/db/app-identity.ts';
import { openDatabase } from '../../../electron/core/db/connection.ts';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { tempDir } from '../temp-db.ts';

describe('database migrations', () => {
  it('numbers migrations 1..n and brings a new file to the latest user_version', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = openDatabase(path.join(tempDir(), 'new.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('applies only pending migrations and leaves the file unchanged when one fails', () => {
    const file = path.join(tempDir(), 'old.db');
    const db = new Database(file);
    const [first] = loadMigrations();
    migrate(db, [first!]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const broken = [first!, { version: 2, name: 'broken', sql: 'CREATE TABLE ok_table (x); SELECT * FROM missing_table;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok_table'").all();
    expect(tables).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer program, in Chinese', () => {
    // A newer version of this program marks its files as ours, as this one does.
    const file = path.join(tempDir(), 'future.db');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(file)).toThrow(AppError);
    expect(() => openDatabase(file)).toThrow(/更新版本的程序/);
  });

  it('says in Chinese when the folder does not exist', () => {
    const file = path.join(tempDir(), 'no-such-folder', 'x.db');
    expect(() => openDatabase(file)).toThrow(/无法打开数据库文件/);
    expect(fs.existsSync(file)).toBe(false);
  });
});
