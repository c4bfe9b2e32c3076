import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { startNoticeBatch } from '../../../electron/core/documents/batches/document-jobs.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { removeStaleTemps } from '../../../electron/core/files/stale-temps.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';
import { drawnTask } from './doc-fixtures.ts';

const CHILD = path.join(import.meta.dirname, 'batch-kill-child.ts');

/** Runs the batch child and kills it with SIGKILL once it has drawn `afterRows` notices. */
function killMidBatch(args: string[], afterRows: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const rows = [...out.matchAll(/rows (\d+)/g)].map((m) => Number(m[1]));
      if (rows.some((n) => n >= afterRows)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && !out.includes('done')) resolve('killed');
      else if (out.includes('done')) resolve('finished');
      else reject(new Error(`batch child failed by itself (code ${code}): ${out} ${err}`));
    });
  });
}

const hidden = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.'));

describe('a notice batch killed mid-way (SIGKILL)', () => {
  it('leaves its staging folder only until the next batch into the same folder, which removes it', async () => {
    const dbPath = path.join(tempDir(), 'kill.db');
    const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
    const { task } = drawnTask(ctx, { entities: 20 });
    const outDir = tempDir();
    const combinedPath = path.join(tempDir(), '全部通知书.pdf');
    expect(await killMidBatch([dbPath, String(task.id), outDir, combinedPath], 3)).toBe('killed');
    // What a kill cannot clean up: the batch's own hidden folder, full of finished notices.
    expect(hidden(outDir)).toEqual([expect.stringMatching(/^\.shuangsuiji-/)]);
    expect(fs.readdirSync(path.join(outDir, hidden(outDir)[0]!)).length).toBeGreaterThanOrEqual(3);

    const done = await ctx.jobs.wait(
      startNoticeBatch(ctx, { taskId: task.id, outDir, combinedPath, date: '2026-11-24', fonts: chooseDocumentFonts([]) }).id,
    );
    ctx.db.close();
    expect(done.state, done.error ?? '').toBe('done');
    expect(hidden(outDir)).toEqual([]);
    expect(fs.readdirSync(outDir)).toHaveLength(20);
    expect(fs.readdirSync(path.dirname(combinedPath))).toEqual(['全部通知书.pdf']);
  }, 60_000);

  it('keeps what a running process is still writing, and removes what a dead one or an older version left', async () => {
    const dir = tempDir();
    const alive = process.ppid; // the test runner: running, and not this process
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid!));
    });
    const made = (name: string, old = false) => {
      fs.mkdirSync(path.join(dir, name));
      if (old) fs.utimesSync(path.join(dir, name), new Date('2020-01-01'), new Date('2020-01-01'));
    };
    made(`.shuangsuiji-${alive}-aaaaaa`);
    made(`.shuangsuiji-${dead}-bbbbbb`);
    made('.shuangsuiji-cccccc', true); // before ids were in the name
    made(`.shuangsuiji-${process.pid}-dddddd`); // this process's own, being written
    made(`.shuangsuiji-${process.pid}-eeeeee`, true); // this id, but from before this process started
    fs.writeFileSync(path.join(dir, `.全部.pdf.${dead}.x1.tmp`), '');
    fs.writeFileSync(path.join(dir, '.other-file'), '');
    expect((await removeStaleTemps(dir)).sort()).toEqual(
      [`.shuangsuiji-${dead}-bbbbbb`, '.shuangsuiji-cccccc', `.shuangsuiji-${process.pid}-eeeeee`].sort(),
    );
    expect(await removeStaleTemps(dir, '全部.pdf')).toEqual([`.全部.pdf.${dead}.x1.tmp`]);
    expect(hidden(dir).sort()).toEqual(['.other-file', `.shuangsuiji-${alive}-aaaaaa`, `.shuangsuiji-${process.pid}-dddddd`].sort());
  });
});
