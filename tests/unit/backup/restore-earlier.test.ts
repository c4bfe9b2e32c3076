import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { createBackup } from '../../../electron/core/backup/backup-service.ts';
import { listBackups } from '../../../electron/core/backup/backup-files.ts';
import { APPLICATION_ID } from '../../../electron/core/db/app-identity.ts';
import { loadMigrations } from '../../../electron/core/db/migrate.ts';
import { tempContext } from '../temp-db.ts';
import { deskWithOneDraw } from './restore-fixtures.ts';

describe('restoring a backup made by an earlier version', () => {
  it('takes a backup from before the mark (application_id 0), brings it up to date, and the data carries the mark', async () => {
    const ctx = tempContext();
    deskWithOneDraw(ctx);
    const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
    // What the version before migration 0008 wrote: no mark, user_version 7, and none of what
    // 0009 added (the ceremonies, seed_parts, the 递补 triggers) nor 0010 (review, publications, staff),
    // nor 0011 (departments, joint tasks, results per department).
    const old = new Database(backup.file);
    old.exec(`
      DROP TABLE task_departments; DROP TABLE departments;
      ALTER TABLE items DROP COLUMN department_id; ALTER TABLE inspectors DROP COLUMN department_id;
      ALTER TABLE task_items DROP COLUMN department_id; ALTER TABLE tasks DROP COLUMN joint;
      DROP TABLE abnormal_listings; DROP TABLE publication_entities; DROP TABLE publications; DROP TABLE staff;
      DROP INDEX plans_national_code; DROP INDEX tasks_national_code;
      ALTER TABLE plans DROP COLUMN national_code; ALTER TABLE tasks DROP COLUMN national_code;
      CREATE TABLE results_0003 (task_id INTEGER NOT NULL REFERENCES tasks(id), entity_id INTEGER NOT NULL REFERENCES entities(id),
        codes TEXT NOT NULL DEFAULT '[]', methods TEXT NOT NULL DEFAULT '[]', disposal TEXT NOT NULL DEFAULT '', inspected_on TEXT,
        findings TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', inspectors_present TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), PRIMARY KEY (task_id, entity_id));
      INSERT INTO results_0003 SELECT task_id, entity_id, codes, methods, disposal, inspected_on, findings, notes, inspectors_present, updated_at
        FROM results;
      DROP TABLE results; ALTER TABLE results_0003 RENAME TO results;
      DROP TRIGGER draws_frozen; DROP TRIGGER draw_replacements_frozen; DROP TRIGGER draw_replacements_no_delete;
      DROP TABLE draw_ceremonies;
      ALTER TABLE draws DROP COLUMN seed_parts;
      CREATE TRIGGER draws_frozen BEFORE UPDATE OF task_id, algorithm, seed, entity_pool, pool_hash, pool_size,
        inspector_pool, params, operator, witness, drawn_at, prev_hash, hash ON draws
        BEGIN SELECT RAISE(ABORT, 'a recorded draw is frozen'); END;`);
    old.pragma('application_id = 0');
    old.pragma('user_version = 7');
    old.close();
    const before = listBackups(ctx.dbPath, false).length;
    const done = await invoke(ctx, 'backup:restore', { file: backup.file });
    expect(done).toMatchObject({ restored: true, dropped: [] });
    expect(ctx.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(loadMigrations().length);
    expect((await invoke(ctx, 'audit:verify', {})).ok).toBe(true);
    // Only the safety copy was added: bringing the working copy up to date made no 升级前 backup.
    expect(
      listBackups(ctx.dbPath, false)
        .map((b) => b.reason)
        .filter((r) => r === 'migration'),
    ).toEqual([]);
    expect(listBackups(ctx.dbPath, false)).toHaveLength(before + 1);
    expect(fs.existsSync(`${ctx.dbPath}.restoring`)).toBe(false);
  });
});
