import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchLine } from './bench-line.ts';
import { writeRosterWorkbook } from './roster-workbook.ts';

/**
 * Issue 3: a 100,000-row roster. (a) a bare exceljs streaming read, (b) the full import into an
 * empty database, each in a fresh process of its own; goal (b) ÷ (a) ≤ 1.3 and the import's peak
 * memory ≤ 300 MB.
 */
const ROWS = 100_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-'));
const file = path.join(dir, 'roster-100k.xlsx');
await writeRosterWorkbook(file, ROWS);

function measure(...args: string[]): { ms: number; rows: number; maxRssMb: number } {
  const out = execFileSync(process.execPath, [path.join(import.meta.dirname, 'roster-import-child.ts'), ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const read = measure('read', file);
const imported = measure('import', file, path.join(dir, 'bench.db'));
if (read.rows !== ROWS + 1 || imported.rows !== ROWS) throw new Error(`row counts off: read ${read.rows}, imported ${imported.rows}`);
console.log(`  bare read ${read.ms.toFixed(0)} ms, import ${imported.ms.toFixed(0)} ms`);
benchLine('roster-import-vs-bare-read', imported.ms / read.ms, 'ratio', '<=', 1.3);
benchLine('roster-import-peak-memory', imported.maxRssMb, 'MB', '<=', 300);
fs.rmSync(dir, { recursive: true, force: true });
