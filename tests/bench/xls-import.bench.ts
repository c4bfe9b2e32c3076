import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { openAppContext } from '../../electron/core/app-context.ts';
import { runImport } from '../../electron/core/import/run-import.ts';
import { benchLine } from './bench-line.ts';
import { ROSTER_HEADER, rosterRows, writeRosterWorkbook } from './roster-workbook.ts';

/**
 * Legacy .xls read in process: the same 5,000-row roster imported from .xlsx and from .xls (as
 * Excel 97–2003 saves it: text in the shared string table), each into a fresh empty database;
 * goal .xls ÷ .xlsx ≤ 1.5. As in roster-import.bench.ts, the two are timed in pairs, back to back
 * and in alternating order, and the figure is the median of the pairs' ratios, since the shared
 * machines drift more between minutes than within a pair. A first pair, not counted, loads the
 * import's code in this process; each import still starts its own reading worker, as in the app.
 */
const ROWS = 5_000;
const ROUNDS = 7;
const COLUMNS = { code: 0, name: 1, legalRep: 2, address: 3, area: 4, industry: 5, entityType: 6, regStatus: 7, phone: 8, riskClass: 9 };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-xls-'));
const xlsx = path.join(dir, 'roster-5k.xlsx');
const xls = path.join(dir, 'roster-5k.xls');
await writeRosterWorkbook(xlsx, ROWS);
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([ROSTER_HEADER, ...rosterRows(ROWS)]), '名录');
fs.writeFileSync(xls, XLSX.write(book, { bookType: 'xls', type: 'buffer', bookSST: true }) as Buffer);

let databases = 0;
async function timedImport(file: string): Promise<number> {
  const dbPath = path.join(dir, `bench-${databases++}.db`);
  openAppContext({ dbPath, resourcesDir: path.join(import.meta.dirname, '..', '..', 'resources'), version: 'bench' }).db.close();
  const started = performance.now();
  const result = await runImport(dbPath, { kind: 'entities', file, sheet: '名录', headerRow: 1, columns: COLUMNS, dryRun: false });
  const ms = performance.now() - started;
  if (result.counts.new !== ROWS) throw new Error(`${path.basename(file)}: imported ${result.counts.new} of ${ROWS} rows`);
  return ms;
}

await timedImport(xlsx);
await timedImport(xls);
const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const xlsxFirst = round % 2 === 0;
  const first = await timedImport(xlsxFirst ? xlsx : xls);
  const second = await timedImport(xlsxFirst ? xls : xlsx);
  const [fromXlsx, fromXls] = xlsxFirst ? [first, second] : [second, first];
  ratios.push(fromXls / fromXlsx);
  console.log(`  round ${round + 1}: .xlsx ${fromXlsx.toFixed(0)} ms, .xls ${fromXls.toFixed(0)} ms (${(fromXls / fromXlsx).toFixed(2)})`);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
benchLine('xls-import-vs-xlsx', median(ratios), 'ratio', '<=', 1.5);
fs.rmSync(dir, { recursive: true, force: true });
