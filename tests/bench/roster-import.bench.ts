import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchLine } from './bench-line.ts';
import { writeRosterWorkbook } from './roster-workbook.ts';

/**
 * Issue 3: a 100,000-row roster. (a) a bare exceljs streaming read, (b) the full import into an
 * empty database, each in a fresh process of its own; goal (b) ÷ (a) ≤ 1.3 and the import's peak
 * memory ≤ 300 MB. The machines this runs on are shared and their speed drifts by a fifth within
 * a minute, so (a) and (b) alternate three times and the medians are compared.
 */
const ROWS = 100_000;
const ROUNDS = 3;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-'));
const file = path.join(dir, 'roster-100k.xlsx');
await writeRosterWorkbook(file, ROWS);

function measure(...args: string[]): { ms: number; rows: number; maxRssMb: number } {
  const out = execFileSync(process.execPath, [path.join(import.meta.dirname, 'roster-import-child.ts'), ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const reads: number[] = [];
const imports: number[] = [];
let peakMb = 0;
for (let round = 0; round < ROUNDS; round++) {
  const read = measure('read', file);
  const dbPath = path.join(dir, `bench-${round}.db`);
  const imported = measure('import', file, dbPath);
  if (read.rows !== ROWS + 1 || imported.rows !== ROWS) throw new Error(`row counts off: read ${read.rows}, imported ${imported.rows}`);
  reads.push(read.ms);
  imports.push(imported.ms);
  peakMb = Math.max(peakMb, imported.maxRssMb);
  console.log(`  round ${round + 1}: bare read ${read.ms.toFixed(0)} ms, import ${imported.ms.toFixed(0)} ms, ${imported.maxRssMb.toFixed(0)} MB`);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
benchLine('roster-import-vs-bare-read', median(imports) / median(reads), 'ratio', '<=', 1.3);
benchLine('roster-import-peak-memory', peakMb, 'MB', '<=', 300);
fs.rmSync(dir, { recursive: true, force: true });
