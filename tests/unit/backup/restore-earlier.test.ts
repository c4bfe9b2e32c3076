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
    // What the version before migration 0008 wrote: the same tables, no mark, user_version 7.
    const old = new Database(backup.file);
    old.pragma('application_id = 0');
    old.pragma(`user_version = ${loadMigrations().length - 1}`);
    old.close();
    const before = listBackups(ctx.dbPath, false).length;
    const done = await invoke(ctx, 'backup:restore', { file: backup.file });
    expect(done).toMatchObject({ restored: true, dropped: [] });
    expect(ctx.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(loadMigrations().length);
    expect((await invoke(ctx, 'audit:verify', {})).ok).toBe(true);
    // Only the safety copy was added: bringing the working copy up to date made no 升级前 backup.
    expect(listBackups(ctx.dbPath, false).map((b) => b.reason).filter((r) => r === 'migration')).toEqual([]);
    expect(listBackups(ctx.dbPath, false)).toHaveLength(before + 1);
    expect(fs.existsSync(`${ctx.dbPath}.restoring`)).toBe(false);
  });
});
