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

/** The rows an import child has said it checked and wrote so far (its last `rows N` line). */
function rowsSoFar(out: string): number {
  const all = [...out.matchAll(/rows (\d+)/g)];
  return all.length ? Number(all.at(-1)![1]) : 0;
}

/**
 * Starts an import child and kills it with SIGKILL once it says it has written `afterRows` rows:
 * the kill lands while rows flow however fast or slow the machine is that day. Resolves like
 * killDuring; Infinity never kills.
 */
function killAfterRows(args: string[], afterRows: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!armed && rowsSoFar(out) >= afterRows) {
        armed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && !out.includes('done')) resolve('killed');
      else if (out.includes('done')) resolve('finished');
      else reject(new Error(`child failed by itself (code ${code}): ${err}`));
    });
  });
}

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
    // Killed before the first row, at points while rows flow, and never.
    const kills: [string, (dbPath: string) => Promise<'killed' | 'finished'>][] = [
      ['start', (dbPath) => killDuring(['import', roster, dbPath], 0, false)],
      ...[1_000, 5_000, 10_000, 15_000, 19_500].map((n): [string, (dbPath: string) => Promise<'killed' | 'finished'>] => [
        `${n}`,
        (dbPath) => killAfterRows(['import', roster, dbPath], n),
      ]),
      ['never', (dbPath) => killAfterRows(['import', roster, dbPath], Infinity)],
    ];
    for (const [when, kill] of kills) {
      const dbPath = path.join(dir, `import-${when}.db`);
      fs.copyFileSync(template.dbPath, dbPath);
      const ended = await kill(dbPath);
      const db = reopen(dbPath);
      const count = db.prepare('SELECT count(*) FROM entities').pluck().get() as number;
      db.close();
      expect([0, 20_000]).toContain(count);
      if (ended === 'killed' && count === 20_000) outcomes.push('killed after commit');
      else outcomes.push(`${ended}: ${count}`);
    }
    console.log(`imports: ${outcomes.join('; ')}`);
    expect(outcomes.filter((o) => o === 'killed: 0').length).toBeGreaterThanOrEqual(5);
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
