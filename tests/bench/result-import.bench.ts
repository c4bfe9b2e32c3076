import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openAppContext } from '../../electron/core/app-context.ts';
import { runDraw } from '../../electron/core/draw/draw-service.ts';
import { importResults, previewResultImport } from '../../electron/core/results/result-import.ts';
import { taskResults } from '../../electron/core/results/result-service.ts';
import { getTask } from '../../electron/core/tasks/task-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../unit/draw/draw-fixtures.ts';
import { benchLine } from './bench-line.ts';

/**
 * 确认导入 of a 1,000-row results file against its preview (导入预览) in the same run: goal
 * commit ÷ preview ≤ 3. The commit reads and checks the file again, as the preview does, and then
 * writes every row; it used to grow with the square of the rows (40 s for 1,000). Each round
 * previews a file and commits it right after, the way the clerk does; the rounds alternate
 * between two files with different results, so every commit writes all 1,000 rows (new in the
 * first round, changed after). The ratio is the median of the rounds' ratios: each pair meets the
 * same moment of a shared machine. BENCH_ROUNDS overrides the number of rounds.
 */
const ROWS = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TODAY = '2027-03-01';
const HEADER = ['统一社会信用代码', '检查结果', '检查日期', '核查方式', '后续处置', '发现问题', '备注', '实到执法人员'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-results-'));
const ctx = openAppContext({
  dbPath: path.join(dir, 'results.db'),
  resourcesDir: path.join(import.meta.dirname, '..', '..', 'resources'),
  version: 'bench',
  log: () => {},
});
seedEntities(ctx.db, ROWS);
seedInspectors(ctx.db, 40);
const task = makeTask(ctx.db, { count: ROWS });
runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '5a'.repeat(32));
const taskCode = getTask(ctx.db, task.id).code;
const drawn = taskResults(ctx.db, task.id);
if (drawn.length !== ROWS) throw new Error(`drew ${drawn.length}, not ${ROWS}`);

async function resultsFile(name: string, row: (r: (typeof drawn)[number]) => unknown[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('检查结果').addRows([HEADER, ...drawn.map((r) => [r.code, ...row(r)])]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}
const team = (r: (typeof drawn)[number]) => r.team.map((m) => m.name).join('、');
const files = [
  await resultsFile('结果甲.xlsx', (r) => ['1 未发现问题', '2026-12-01', '实地检查', '无须后置处置措施', '', '', team(r)]),
  await resultsFile('结果乙.xlsx', (r) => [
    '4、A',
    '2026-12-02',
    '实地检查、检验检测',
    '责令限期整改',
    '台账缺失',
    '复查',
    r.team[0]!.name,
  ]),
];

const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const file = files[round % 2]!;
  let t = performance.now();
  const preview = await previewResultImport(ctx.db, file, taskCode, TODAY);
  const previewMs = performance.now() - t;
  t = performance.now();
  const done = await importResults(ctx.db, file, taskCode, TODAY, { skipRefused: true, fingerprint: preview.fingerprint });
  const commitMs = performance.now() - t;
  if (done.written !== ROWS) throw new Error(`round ${round + 1} wrote ${done.written} results, not ${ROWS}`);
  ratios.push(commitMs / previewMs);
  console.log(
    `  round ${round + 1} (${path.basename(file)}, ${done.counts.new} new, ${done.counts.changed} changed): ` +
      `preview ${previewMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms (${(commitMs / previewMs).toFixed(2)})`,
  );
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
benchLine('result-import-commit', median(ratios), 'ratio', '<=', 3);
ctx.db.close();
fs.rmSync(dir, { recursive: true, force: true });
