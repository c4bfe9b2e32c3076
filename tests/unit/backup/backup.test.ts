import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { listBackups, pruneBackups } from '../../../electron/core/backup/backup-files.ts';
import { backupIfDue, createBackup } from '../../../electron/core/backup/backup-service.ts';
import { restoreBackup } from '../../../electron/core/backup/restore.ts';
import { recoverFromNewestBackup } from '../../../electron/core/backup/recover.ts';
import { moveDatabase } from '../../../electron/core/backup/move-database.ts';
import { DamagedDatabaseError, openDatabase } from '../../../electron/core/db/connection.ts';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { listItems } from '../../../electron/core/items/item-service.ts';
import { hasCommand, toolMissing } from '../needs-tool.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';

describe('backups', () => {
  it('makes a consistent online copy with the counts the restore screen shows', async () => {
    const ctx = tempContext();
    const info = await createBackup(ctx.db, ctx.dbPath, 'manual');
    expect(path.dirname(info.file)).toBe(path.join(path.dirname(ctx.dbPath), 'backups'));
    expect(listBackups(ctx.dbPath)[0]).toMatchObject({ reason: 'manual', counts: { items: 14, entities: 0 } });
  });

  it('backs up at start only when the newest backup is older than a day', async () => {
    const ctx = tempContext();
    expect(await backupIfDue(ctx.db, ctx.dbPath)).not.toBeNull();
    expect(await backupIfDue(ctx.db, ctx.dbPath)).toBeNull();
    expect(await backupIfDue(ctx.db, ctx.dbPath, new Date(Date.now() + 25 * 3600 * 1000))).not.toBeNull();
  });

  it('keeps only the newest backups', async () => {
    const ctx = tempContext();
    for (let i = 0; i < 5; i++) {
      await createBackup(ctx.db, ctx.dbPath, 'manual');
      await new Promise((r) => setTimeout(r, 5));
    }
    pruneBackups(ctx.dbPath, 3);
    expect(listBackups(ctx.dbPath, false)).toHaveLength(3);
  });

  it('restores a backup after backing up the current data, and refuses a broken file', async () => {
    const ctx = tempContext();
    const before = await createBackup(ctx.db, ctx.dbPath, 'manual');
    ctx.db.prepare('DELETE FROM items').run();
    expect(listItems(ctx.db)).toHaveLength(0);
    const result = await restoreBackup(ctx, before.file);
    if (!result.restored) throw new Error(result.message);
    expect(listItems(ctx.db)).toHaveLength(14);
    expect(new Database(result.safetyBackup, { readonly: true }).prepare('SELECT count(*) FROM items').pluck().get()).toBe(0);
    const junk = path.join(tempDir(), 'junk.db');
    fs.writeFileSync(junk, 'not a database at all');
    await expect(restoreBackup(ctx, junk)).rejects.toThrow(/无法|损坏|不是本程序/);
    expect(listItems(ctx.db)).toHaveLength(14);
  });

  it('copies the data before a migration changes the file', () => {
    const file = path.join(tempDir(), 'old.db');
    const db = new Database(file);
    migrate(db, loadMigrations().slice(0, 1));
    db.prepare("INSERT INTO items (seq, name, category) VALUES (1, '旧事项', '市场监管执法事项')").run();
    db.close();
    openDatabase(file).close();
    const [backup] = listBackups(file);
    expect(backup).toMatchObject({ reason: 'migration', counts: { items: 1 } });
  });
});

describe('integrity at start', () => {
  it('refuses a damaged file with a clear message, offering backups', () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.db');
    const ctx = openAppContext({ dbPath: file, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
    for (let i = 0; i < 300; i++) ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, hex(randomblob(200)))').run(`k${i}`);
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.db.close();
    const bytes = fs.readFileSync(file);
    // Overwrite the middle of the file: pages SQLite can still open but whose b-trees are broken.
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
    fs.writeFileSync(file, bytes);
    let error: unknown;
    try {
      openAppContext({ dbPath: file, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DamagedDatabaseError);
    expect((error as Error).message).toMatch(/数据库文件已损坏.*可以从最近一次完好的备份恢复/);
  });
});

describe('a read-only data folder', () => {
  // Root writes through file permissions, so the folder is made immutable with chattr instead.
  it.skipIf(toolMissing('chattr', hasCommand('chattr'), 'e2fsprogs'))('gives a clear message at start instead of failing later', () => {
    const dir = tempDir();
    const file = path.join(dir, 'data.db');
    openAppContext({ dbPath: file, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} }).db.close();
    for (const f of fs.readdirSync(dir)) if (f !== 'data.db') fs.rmSync(path.join(dir, f), { recursive: true, force: true });
    execFileSync('chattr', ['+i', dir]);
    try {
      expect(() => openAppContext({ dbPath: file, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} })).toThrow(
        /无法打开数据库文件：.*该文件或所在文件夹是只读的/,
      );
    } finally {
      execFileSync('chattr', ['-i', dir]);
    }
  });
});

describe('recovering a damaged database at start', () => {
  it('keeps the damaged file aside and puts the newest good backup in its place', async () => {
    const ctx = tempContext();
    await createBackup(ctx.db, ctx.dbPath, 'manual');
    ctx.db.close();
    fs.writeFileSync(ctx.dbPath, 'garbage');
    const recovered = recoverFromNewestBackup(ctx.dbPath);
    expect(recovered?.backup.reason).toBe('manual');
    expect(fs.readFileSync(recovered!.damagedCopy, 'utf8')).toBe('garbage');
    const reopened = openAppContext({ dbPath: ctx.dbPath, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
    expect(listItems(reopened.db)).toHaveLength(14);
    reopened.db.close();
  });

  it('offers nothing when no good backup exists', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'x.db'), 'garbage');
    expect(recoverFromNewestBackup(path.join(dir, 'x.db'))).toBeNull();
  });
});

describe('moving the database', () => {
  it('copies the data to the new folder, switches to it, keeps the old file and tells the door', async () => {
    const ctx = tempContext();
    const folder = path.join(tempDir(), '数据');
    let remembered = '';
    ctx.onDbMoved = (p) => (remembered = p);
    const old = ctx.dbPath;
    const moved = await moveDatabase(ctx, folder);
    expect(moved.dbPath).toBe(path.join(folder, 'shuangsuiji.db'));
    expect(ctx.dbPath).toBe(moved.dbPath);
    expect(remembered).toBe(moved.dbPath);
    expect(listItems(ctx.db)).toHaveLength(14);
    expect(fs.existsSync(old)).toBe(true);
    await expect(moveDatabase(ctx, folder)).rejects.toThrow(/已经在该文件夹中/);
  });
});
