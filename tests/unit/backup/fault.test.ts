import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertIntact, openDatabase } from '../../../electron/core/db/connection.ts';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import { writeRosterWorkbook } from '../../bench/roster-workbook.ts';
import { makeTask, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const CHILD = path.join(import.meta.dirname, 'fault-child.ts');

/**
 * Starts the child and kills it with SIGKILL `delayMs` after it says ready (or after start).
 * Resolves with how it ended: killed mid-work, or finished ("done") before the kill came. A
 * child that fails by itself fails the test, so a crash can never pass for a clean kill.
 */
function killDuring(args: string[], delayMs: number, waitForReady: boolean): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const arm = () => setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (!waitForReady) arm();
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (waitForReady && out.includes('ready')) arm();
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && !out.includes('done')) resolve('killed');
      else if (out.includes('done')) resolve('finished');
      else reject(new Error(`child failed by itself (code ${code}): ${err}`));
    });
  });
}

function reopen(dbPath: string) {
  const db = openDatabase(dbPath);
  assertIntact(db, dbPath);
  return db;
}

describe('a process killed in the middle of work (SIGKILL)', () => {
  it('leaves an import all or nothing, and the file intact, every time', async () => {
    const dir = tempDir();
    const roster = path.join(dir, 'roster.xlsx');
    await writeRosterWorkbook(roster, 20_000);
    const template = tempContext();
    template.db.close();
    const outcomes: string[] = [];
    for (const delay of [300, 900, 1500, 2100, 2700, 3300, 4000, 30_000]) {
      const dbPath = path.join(dir, `import-${delay}.db`);
      fs.copyFileSync(template.dbPath, dbPath);
      const ended = await killDuring(['import', roster, dbPath], delay, false);
      const db = reopen(dbPath);
      const count = db.prepare('SELECT count(*) FROM entities').pluck().get() as number;
      db.close();
      expect([0, 20_000]).toContain(count);
      if (ended === 'killed' && count === 20_000) outcomes.push('killed after commit');
      else outcomes.push(`${ended}: ${count}`);
    }
    console.log(`imports: ${outcomes.join('; ')}`);
    expect(outcomes.filter((o) => o === 'killed: 0').length).toBeGreaterThanOrEqual(3);
    expect(outcomes.at(-1)).toBe('finished: 20000');
  }, 180_000);

  it('leaves a draw recorded whole or not at all, and verifiable', async () => {
    const dir = tempDir();
    const template = tempContext();
    seedEntities(template.db, 5000);
    seedInspectors(template.db, 30);
    const task = makeTask(template.db, { count: 500 });
    template.db.close();
    const outcomes: string[] = [];
    for (const delay of [0, 2, 5, 10, 20, 40, 80, 10_000]) {
      const dbPath = path.join(dir, `draw-${delay}.db`);
      fs.copyFileSync(template.dbPath, dbPath);
      const ended = await killDuring(['draw', dbPath, String(task.id)], delay, true);
      const db = reopen(dbPath);
      const draws = db.prepare('SELECT id FROM draws').pluck().all() as number[];
      const audit = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
      expect(draws.length).toBeLessThanOrEqual(1);
      expect(audit).toBe(draws.length);
      if (draws.length === 1) {
        expect(db.prepare('SELECT count(*) FROM draw_selections').pluck().get()).toBe(500);
        expect(verifyDraw(db, draws[0]!).ok).toBe(true);
      }
      db.close();
      outcomes.push(`${ended}: ${draws.length ? 'recorded' : 'none'}`);
    }
    console.log(`draws: ${outcomes.join('; ')}`);
    expect(outcomes).toContain('killed: none');
    expect(outcomes.at(-1)).toBe('finished: recorded');
  }, 120_000);
});
