import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-db.ts';
import { entrySpan, withWrongCrc } from './hand-made-xlsx.ts';
import { cleanEntityWorkbook, longEntityWorkbook } from './roster-fixtures.ts';

const BIN = path.join(import.meta.dirname, '..', '..', '..', 'electron', 'cli', 'bin.mjs');
/** A hang guard only: a refusal takes a second or two; a hung import used to take minutes. */
const HANG_MS = 25_000;

interface Run {
  code: number | null;
  stderr: string;
  hung: boolean;
}

/** Runs the real `shuangsuiji` in a child process; `whileRunning` is polled until the process ends. */
function cli(args: string[], whileRunning?: () => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let hung = false;
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const guard = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    const poll = whileRunning ? setInterval(whileRunning, 20) : undefined;
    child.on('close', (code) => {
      clearTimeout(guard);
      clearInterval(poll);
      resolve({ code, stderr, hung });
    });
  });
}

/** A refusal as the clerk or a script must see it: at once, non-zero, one Chinese line naming the file. */
function expectRefused(run: Run, fileName: string): void {
  expect(run.hung).toBe(false);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(new RegExp(`^错误：.*“${fileName.replace('.', '\\.')}”`));
  expect(run.stderr).not.toMatch(/unsettled|Error:|ENOENT/);
}

describe('shuangsuiji entities import, given a damaged or changing file', () => {
  it('exits non-zero with a Chinese message for a sheet that fails its CRC', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = path.join(dir, '名录.xlsx');
    fs.writeFileSync(file, withWrongCrc(fs.readFileSync(await cleanEntityWorkbook(dir, 300, '原件.xlsx')), 'xl/worksheets/sheet1.xml'));
    const run = await cli(['--db', path.join(dir, 'cli.db'), '--verbose', 'entities', 'import', file]);
    expectRefused(run, '名录.xlsx');
    expect(run.stderr).toContain('已损坏');
  });

  it('exits non-zero with a Chinese message for the byte flip that used to leave it waiting', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const bytes = fs.readFileSync(await cleanEntityWorkbook(dir, 2000, '原件.xlsx'));
    bytes[entrySpan(bytes, 'xl/worksheets/sheet1.xml').dataStart + 49_918] = 0x5a;
    const file = path.join(dir, '名录.xlsx');
    fs.writeFileSync(file, bytes);
    expectRefused(await cli(['--db', path.join(dir, 'cli.db'), 'entities', 'import', file]), '名录.xlsx');
  });

  it('exits non-zero with a Chinese message for a file cut short', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const whole = fs.readFileSync(await cleanEntityWorkbook(dir, 3000, '原件.xlsx'));
    const file = path.join(dir, '名录.xlsx');
    for (const length of [30, Math.floor(whole.length / 2), whole.length - 1]) {
      fs.writeFileSync(file, whole.subarray(0, length));
      expectRefused(await cli(['--db', path.join(dir, 'cli.db'), 'entities', 'import', file]), '名录.xlsx');
    }
  });

  it('exits non-zero with a Chinese message when the file is cut short while it is imported', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const file = await longEntityWorkbook(dir, 50_000, '大名录.xlsx');
    const db = path.join(dir, 'cli.db');
    let cut = false;
    // The import's backup of the database appears as the rows begin to be read; the file is cut then.
    const run = await cli(['--db', db, 'entities', 'import', file], () => {
      const backups = path.join(dir, 'backups');
      if (cut || !fs.existsSync(backups) || !fs.readdirSync(backups).some((f) => f.includes('import'))) return;
      cut = true;
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    });
    expect(cut).toBe(true);
    expectRefused(run, '大名录.xlsx');
  });
});
