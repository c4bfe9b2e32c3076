import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { rosterRows, ROSTER_HEADER } from '../../bench/roster-workbook.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';

const REPO = path.join(import.meta.dirname, '..', '..', '..');
const CLI = path.join(REPO, 'electron', 'cli', 'main.ts');
const HOST = path.join(REPO, 'electron', 'web', 'main.ts');
const HOLDER = path.join(import.meta.dirname, 'lock-holder-child.ts');
const BUSY = /^正在导入市场主体名录（另一个窗口或命令，\d\d:\d\d 开始），请稍后再试。$/;

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

/** A database with a drawn task, so that results can be written; returns its file and the task. */
function drawnDatabase() {
  const dbPath = path.join(tempDir(), 'data.db');
  const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', log: () => {} });
  seedEntities(ctx.db, 20);
  seedInspectors(ctx.db, 6);
  const task = makeTask(ctx.db, { count: 3 });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '11'.repeat(32));
  const entityId = (ctx.db.prepare('SELECT entity_id FROM draw_selections LIMIT 1').get() as { entity_id: number }).entity_id;
  ctx.db.close();
  return { dbPath, taskId: task.id, entityId };
}

/** Starts a process and resolves once it has printed a line matching `ready`. */
function startUntil(args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = out.match(ready);
      if (match) resolve({ child, match });
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before ${ready}: ${out} ${err}`)));
  });
}

/** Runs a process to its end; its exit code and stderr. */
function runToEnd(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })));
}

/** A preview host on its own process, and a way to call the contract through it. */
async function previewHost(dbPath: string) {
  const { match } = await startUntil([HOST, '--db', dbPath, '--port', '0'], /PREVIEW_URL (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/);
  const [, base, token] = match;
  return async (name: string, input: unknown) => {
    const res = await fetch(`${base}/api/${name}`, {
      method: 'POST',
      headers: { 'X-Api-Token': token!, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: boolean; error?: { message: string } };
  };
}

/** True while some connection holds SQLite's write lock on the file. */
function writeLockHeld(dbPath: string): boolean {
  const probe = new Database(dbPath, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE; ROLLBACK');
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

describe('two processes on one database', () => {
  it('a write from another process while an import holds the database is told to wait, naming the import; afterwards it goes through', async () => {
    const { dbPath, taskId, entityId } = drawnDatabase();
    const call = await previewHost(dbPath);
    const { child: holder } = await startUntil([HOLDER, dbPath], /held/);

    // A second import, from the CLI, is refused by the job lock. It runs while the host's calls
    // wait: each side spends seconds in SQLite's busy wait, and the holder holds for both.
    const csv = path.join(tempDir(), '名录.csv');
    fs.writeFileSync(csv, `${ROSTER_HEADER.join(',')}\n${[...rosterRows(3)].map((r) => r.join(',')).join('\n')}\n`);
    const secondImport = runToEnd([CLI, '--db', dbPath, 'entities', 'import', csv]);

    const settings = await call('settings:save', { contactName: '张建国' });
    const result = await call('results:set', { taskId, entityIds: [entityId], result: { codes: ['1'] } });
    for (const answer of [settings, result]) {
      expect(answer.ok).toBe(false);
      expect(answer.error?.message).toMatch(BUSY);
    }
    const second = await secondImport;
    expect(second.status).not.toBe(0);
    expect(second.stderr).toMatch(/正在导入市场主体名录（另一个窗口或命令，\d\d:\d\d 开始），请(等它完成后|稍后)再试。/);

    holder.stdin!.write('go\n');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect((await call('settings:save', { contactName: '张建国' })).ok).toBe(true);
    expect((await call('results:set', { taskId, entityIds: [entityId], result: { codes: ['1'] } })).ok).toBe(true);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM rosters WHERE name = '另一进程的名录'").get()).toEqual({ n: 1 });
    db.close();
  }, 60_000);

  it('writes from another process during a real CLI import either succeed or are told to wait, and the import commits whole', async () => {
    const { dbPath } = drawnDatabase();
    // The host starts in its own process while this one writes the file.
    const host = previewHost(dbPath);
    const csv = path.join(tempDir(), '大名录.csv');
    const rows = 150_000;
    fs.writeFileSync(csv, [ROSTER_HEADER.join(','), ...[...rosterRows(rows)].map((r) => r.join(','))].join('\n'));
    const call = await host;
    const importer = spawn(process.execPath, [CLI, '--db', dbPath, '--json', 'entities', 'import', csv], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(importer);
    let importOut = '';
    importer.stdout.on('data', (d: Buffer) => (importOut += d.toString()));
    const exited = new Promise<number | null>((resolve) => importer.once('exit', resolve));
    while (!writeLockHeld(dbPath)) await new Promise((r) => setTimeout(r, 20));

    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await call('settings:save', { contactName: `联系人${i}` }));
    for (const answer of answers) {
      if (!answer.ok) expect(answer.error?.message).toMatch(BUSY);
    }
    expect(await exited).toBe(0);
    // The seeded 20 share their codes with the file's first rows, so they are updated, not added.
    expect(JSON.parse(importOut)).toMatchObject({ new: rows - 20, updated: 20, rejected: 0 });
    const db = new Database(dbPath, { readonly: true });
    const stored = db.prepare('SELECT count(*) AS n FROM entities').get() as { n: number };
    db.close();
    expect(stored.n).toBe(rows);
  }, 120_000);
});
