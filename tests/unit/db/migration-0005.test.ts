import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { readHistory } from '../../../electron/core/entities/entity-history.ts';
import { tempDir } from '../temp-db.ts';

describe('migration 0005', () => {
  it('moves where each entity was created out of its history, keeping the later changes', () => {
    const db = new Database(path.join(tempDir(), 'v4.db'));
    db.pragma('foreign_keys = ON');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, 4));
    const add = db.prepare("INSERT INTO entities (code, name, source, created_at) VALUES (?, ?, ?, '2026-01-05T08:00:00.000Z')");
    const imported = Number(add.run('91140221MA0000001X', '甲公司', '名录.xlsx 第 3 行').lastInsertRowid);
    const typed = Number(add.run('91140221MA0000002X', '乙商店', '手工修改').lastInsertRowid);
    const history = db.prepare('INSERT INTO entity_history (entity_id, source, changes, changed_at) VALUES (?, ?, ?, ?)');
    history.run(imported, '名录.xlsx 第 3 行', '{"created":["",""]}', '2026-01-05T08:00:00.000Z');
    history.run(imported, '名录-新.xlsx 第 9 行', '{"legalRep":["王华","王小华"]}', '2026-03-01T08:00:00.000Z');
    history.run(typed, '手工录入', '{"name":["","乙商店"],"code":["","91140221MA0000002X"]}', '2026-01-05T08:00:00.000Z');
    history.run(typed, '手工修改', '{"phone":["","13900000000"]}', '2026-02-01T08:00:00.000Z');

    migrate(db, migrations);

    expect(db.prepare('SELECT created_source FROM entities ORDER BY id').pluck().all()).toEqual(['名录.xlsx 第 3 行', '手工录入']);
    expect(readHistory(db, imported).map((e) => [e.source, e.changes.map((c) => c.label).join()])).toEqual([
      ['名录-新.xlsx 第 9 行', '法定代表人'],
      ['名录.xlsx 第 3 行', '新增记录'],
    ]);
    expect(readHistory(db, typed).map((e) => [e.source, e.changes.map((c) => c.label).join()])).toEqual([
      ['手工修改', '联系电话'],
      ['手工录入', '新增记录'],
    ]);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities' AND sql IS NOT NULL")
      .pluck()
      .all();
    expect(indexes).toEqual([]);
    db.close();
  });
});
