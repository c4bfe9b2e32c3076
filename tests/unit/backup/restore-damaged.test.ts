import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { createBackup } from '../../../electron/core/backup/backup-service.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { deskWithOneDraw, drawIds } from './restore-fixtures.ts';

/** The header fields SQLite and this program read first: magic, page size, versions, counters, schema, ids. */
const HEADER_OFFSETS = [0, 6, 15, 16, 17, 18, 19, 20, 21, 24, 28, 31, 32, 36, 40, 44, 47, 48, 52, 56, 60, 63, 64, 68, 69, 71, 92, 96, 99];

/**
 * Where to flip: the header's fields, then in every page its b-tree header (first bytes) and one
 * spot inside, spread by a fixed multiplier so the same offsets are tried on every run.
 */
function flipOffsets(size: number, pageSize: number): number[] {
  const offsets = new Set(HEADER_OFFSETS);
  for (let page = 0; page * pageSize < size; page++) {
    const start = page * pageSize + (page === 0 ? 100 : 0);
    offsets.add(start + (page % 8));
    offsets.add(page * pageSize + ((page * 2654435761) % pageSize));
  }
  return [...offsets].filter((o) => o < size).sort((a, b) => a - b);
}

function startsCleanly(dbPath: string): boolean {
  const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
  ctx.db.close();
  return true;
}

describe('restoring a damaged backup', () => {
  it('refuses every byte-flipped backup with a Chinese reason, or restores it to a database that starts and passes audit verify', async () => {
    const ctx = tempContext();
    deskWithOneDraw(ctx);
    const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
    const original = fs.readFileSync(backup.file);
    const pageSize = original.readUInt16BE(16);
    const offsets = flipOffsets(original.length, pageSize);
    expect(offsets.length).toBeGreaterThanOrEqual(50);
    const dir = tempDir();
    const refusals = new Map<string, number>();
    let restored = 0;
    for (const offset of offsets) {
      const copy = path.join(dir, `flipped-${offset}.db`);
      const bytes = Buffer.from(original);
      bytes[offset] = bytes[offset]! ^ 0xff;
      fs.writeFileSync(copy, bytes);
      const before = drawIds(ctx);
      const result = await dispatch(ctx, 'backup:restore', { file: copy, confirmDrop: before });
      if (!result.ok) {
        expect(result.error.message, `offset ${offset}`).toMatch(/[\u4e00-\u9fff]/);
        expect(result.error.message, `offset ${offset}`).not.toMatch(/意外问题/);
        const reason = result.error.message.replace(/：.*$/s, '');
        refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
        // A refused backup changes nothing: the desk keeps its data and keeps working.
        expect(drawIds(ctx)).toEqual(before);
        continue;
      }
      expect((result.data as { restored?: boolean }).restored, `offset ${offset}`).not.toBe(false);
      restored++;
      expect(startsCleanly(ctx.dbPath), `offset ${offset}`).toBe(true);
      const verify = await dispatch(ctx, 'audit:verify', {});
      expect(verify, `offset ${offset}`).toMatchObject({ ok: true, data: { ok: true } });
    }
    console.log(
      `${offsets.length} flipped backups: ${restored} restored and sound; refused: ${[...refusals].map(([r, n]) => `${n}× ${r}`).join('; ')}`,
    );
    expect(restored + [...refusals.values()].reduce((a, b) => a + b, 0)).toBe(offsets.length);
    expect(refusals.size).toBeGreaterThan(0);
  }, 120_000);

  it(
    'names the broken chain when a backup’s audit log or draw record was edited behind the program’s back; ' +
      'refuses foreign, empty and non-files, and the database itself',
    async () => {
      const ctx = tempContext();
      deskWithOneDraw(ctx);
      const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
      const Database = (await import('better-sqlite3')).default;
      const edited = (name: string, sql: string) => {
        const file = path.join(tempDir(), name);
        fs.copyFileSync(backup.file, file);
        const db = new Database(file);
        db.exec(`DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS draws_frozen; ${sql}`);
        db.close();
        return file;
      };
      const audit = edited('audit.db', "UPDATE audit_log SET actor = '王五' WHERE id = 1");
      await expect(dispatch(ctx, 'backup:restore', { file: audit })).resolves.toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/审计日志.*不能用于恢复/) },
      });
      const draw = edited('draw.db', "UPDATE draws SET witness = '王五'");
      await expect(dispatch(ctx, 'backup:restore', { file: draw })).resolves.toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/抽取记录 #1.*不能用于恢复/) },
      });
      const foreign = path.join(tempDir(), 'other.db');
      const other = new Database(foreign);
      other.exec('CREATE TABLE contacts (name TEXT)');
      other.close();
      await expect(dispatch(ctx, 'backup:restore', { file: foreign })).resolves.toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/不是本程序的数据/) },
      });
      await expect(dispatch(ctx, 'backup:restore', { file: ctx.dbPath })).resolves.toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/正在使用的数据库本身，不是备份/) },
      });
      const empty = path.join(tempDir(), 'empty.db');
      fs.writeFileSync(empty, '');
      await expect(dispatch(ctx, 'backup:restore', { file: empty })).resolves.toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/不是本程序的数据备份/) },
      });
      await expect(dispatch(ctx, 'backup:restore', { file: tempDir() })).resolves.toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/无法读取备份文件/) },
      });
      expect(drawIds(ctx)).toEqual([1]);
    },
  );
});
