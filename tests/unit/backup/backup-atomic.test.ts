import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../../electron/core/backup/backup-files.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const BIN = path.join(import.meta.dirname, '..', '..', '..', 'electron', 'cli', 'bin.mjs');

/** The most bytes written so far by the backup of `out`, under whatever name, in any of `dirs`. */
function writtenSoFar(dirs: string[], out: string): number {
  let bytes = 0;
  for (const dir of dirs) {
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      if (!name.includes(path.basename(out)) || name.endsWith('-journal')) continue;
      try {
        bytes = Math.max(bytes, fs.statSync(path.join(dir, name)).size);
      } catch {
        // Renamed or removed between the listing and the look.
      }
    }
  }
  return bytes;
}

/**
 * Runs `shuangsuiji --db DB backup --out OUT` and kills it with SIGKILL once the backup has
 * written `afterBytes` (under whatever name it writes to); Infinity never kills.
 */
function backupKilledAfter(dbPath: string, out: string, afterBytes: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--db', dbPath, 'backup', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const watch = setInterval(() => {
      if (writtenSoFar([path.dirname(out), backupDir(dbPath)], out) >= afterBytes) {
        clearInterval(watch);
        child.kill('SIGKILL');
      }
    }, 1);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      if (signal === 'SIGKILL' && !stdout.includes('已备份')) resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`backup failed by itself (code ${code}): ${stderr}`));
    });
  });
}

/** What a clerk finds when opening the file: `ok, N rows`, or SQLite's complaint about it. */
function wholeBackup(file: string): string {
  try {
    const db = new Database(file, { readonly: true });
    try {
      return `${String(db.pragma('integrity_check', { simple: true }))}, ${String(db.prepare('SELECT count(*) FROM settings').pluck().get())} rows`;
    } finally {
      db.close();
    }
  } catch (err) {
    return String(err);
  }
}

describe('a backup killed while it is written (SIGKILL)', () => {
  it('never leaves a partial file under the name asked for: b.db is whole or absent', async () => {
    const ctx = tempContext();
    // About 40 MB: the online backup copies it in many steps, so the kill lands mid-copy.
    ctx.db.transaction(() => {
      const add = ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, hex(randomblob(2000)))');
      for (let i = 0; i < 10_000; i++) add.run(`filler${i}`);
    })();
    const rows = ctx.db.prepare('SELECT count(*) FROM settings').pluck().get() as number;
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.db.close();
    const size = fs.statSync(ctx.dbPath).size;
    const dir = tempDir();
    const outcomes: string[] = [];
    for (const [when, afterBytes] of [
      ['start', 1],
      ['quarter', size / 4],
      ['three quarters', (size * 3) / 4],
      ['never', Infinity],
    ] as const) {
      const out = path.join(dir, `b-${when.replace(' ', '-')}.db`);
      const ended = await backupKilledAfter(ctx.dbPath, out, afterBytes);
      outcomes.push(`${when}: ${ended}, ${fs.existsSync(out) ? 'whole file' : 'no file'}`);
      if (!fs.existsSync(out)) {
        expect(ended).toBe('killed');
        continue;
      }
      expect(wholeBackup(out), when).toBe(`ok, ${rows} rows`);
    }
    console.log(`backups: ${outcomes.join('; ')}`);
    expect(outcomes.filter((o) => o.includes('killed, no file')).length).toBeGreaterThanOrEqual(2);
    expect(outcomes.at(-1)).toBe('never: finished, whole file');
    // Nothing but the finished backup in the clerk's folder, killed or not; and what the killed
    // runs left in the data folder's backups/ was cleared by the next backup.
    expect(fs.readdirSync(dir)).toEqual(['b-never.db']);
    expect(fs.readdirSync(backupDir(ctx.dbPath)).filter((f) => f.includes('partial'))).toEqual([]);
  }, 120_000);
});
