/**
 * Robustness battery: ~450 hostile cases against the real CLI and preview host, each in its own
 * process and its own copy of a seed database. Not part of `npm test`.
 *
 *   node_modules/.bin/node tests/battery/run.ts [--quick] [--out summary.json] [--jobs 4]
 *                                               [--only 1,4,11] [--keep]
 *
 * Prints a table per category (cases tried; refusals with a clear Chinese message; exit codes as
 * expected; data changed unexpectedly; hangs; failed) and a FAILED CASES section. Exit code 0 when
 * every case passed, 1 when some failed, 2 when the battery itself could not run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeTools, type Case } from './battery-case.ts';
import { backupCases, foreignCases, killCases } from './cases-backup.ts';
import { docCases } from './cases-docs.ts';
import { fileCases } from './cases-files.ts';
import { hostCases } from './cases-host.ts';
import { prepareFixtures } from './fixtures.ts';
import { killAllChildren, pool, setChildEnv } from './harness.ts';
import { Recorder, type Verdict } from './verdict.ts';

const CATEGORIES: Record<number, string> = {
  1: 'byte-flipped .xlsx rosters',
  2: 'truncated / vanishing .xlsx',
  3: 'Excel error values',
  4: 'zip bombs',
  5: 'encodings and odd files',
  6: 'documents: unusual names',
  7: 'backups and restore',
  8: 'SIGKILL mid-work',
  9: 'two processes writing',
  10: 'foreign SQLite as --db',
  11: 'preview host',
  12: 'formula / SQL injection',
};

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    jobs: { type: 'string', default: '4' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const quick = opts.quick ?? false;
const jobs = Math.max(1, Math.min(4, Number(opts.jobs) || 4));
const only = opts.only ? new Set(opts.only.split(',').map(Number)) : null;
const say = (line: string) => process.stderr.write(`${line}\n`);

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-battery-'));
const childTmp = path.join(root, 'tmp');
fs.mkdirSync(childTmp);
const env = { TMPDIR: childTmp, TMP: childTmp, TEMP: childTmp, FORCE_COLOR: '0', NO_COLOR: '1' };
setChildEnv(env);

const cleanup = () => {
  killAllChildren();
  if (!opts.keep) fs.rmSync(root, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  say('\ninterrupted: ending every process the battery started');
  cleanup();
  process.exit(130);
});

async function main(): Promise<number> {
  const started = Date.now();
  say(`battery: ${quick ? 'quick' : 'full'} run, ${jobs} at a time, working in ${root}`);
  const fx = await prepareFixtures(root, quick, env, say);
  say(`fixtures ready in ${Math.round((Date.now() - started) / 1000)} s (draw ${fx.calib.drawMs} ms, 200 notices ${fx.calib.docsMs} ms)`);

  let cases: Case[] = [...fileCases(), ...docCases(), ...backupCases(), ...killCases(), ...foreignCases(), ...hostCases()];
  if (quick) cases = cases.filter((c) => c.quick);
  if (only) cases = cases.filter((c) => only.has(c.category));
  // Long and timing-sensitive cases first, so they do not end the run alone.
  cases.sort((a, b) => Number(b.heavy ?? false) - Number(a.heavy ?? false));

  const verdicts: Verdict[] = [];
  let done = 0;
  await pool(cases, jobs, async (c) => {
    const dir = fs.mkdtempSync(path.join(root, `case-${c.id.slice(0, 40)}-`));
    const rec = new Recorder(c.category, c.id, c.title);
    const subs: Recorder[] = [];
    try {
      await c.run(makeTools(fx, dir, rec, subs, c.category));
    } catch (err) {
      rec.problem(`BATTERY ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`.slice(0, 800));
    }
    const mine = [...(c.group && !rec.failed ? [] : [rec]), ...subs].map((r) => r.finish());
    verdicts.push(...mine);
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
    done++;
    const failed = mine.filter((v) => v.problems.length).length;
    say(
      `[${done}/${cases.length}] ${failed ? 'FAIL' : 'ok  '} ${c.category}:${c.id}` +
        `${mine.length > 1 ? ` (${mine.length - failed}/${mine.length} passed)` : ''} ${Math.round(mine[0]?.ms ?? 0)} ms`,
    );
  });

  const order = new Map(cases.map((c, i) => [c.id, i]));
  verdicts.sort((a, b) => a.category - b.category || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.id.localeCompare(b.id));
  const summary = summarise(verdicts);
  const durationMs = Date.now() - started;
  printReport(summary, verdicts, durationMs);
  if (opts.out) {
    const out = path.resolve(opts.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      JSON.stringify(
        { quick, jobs, startedAt: new Date(started).toISOString(), durationMs, categories: summary, cases: verdicts },
        null,
        2,
      ),
    );
    say(`summary written to ${out}`);
  }
  return verdicts.some((v) => v.problems.length) ? 1 : 0;
}

interface CategorySummary {
  category: number;
  name: string;
  tried: number;
  clearChinese: { pass: number; applicable: number };
  exitAsExpected: { pass: number; applicable: number };
  dataChanged: number;
  hangs: number;
  failed: number;
  batteryErrors: number;
}

function summarise(verdicts: Verdict[]): CategorySummary[] {
  const cats = [...new Set(verdicts.map((v) => v.category))].sort((a, b) => a - b);
  return cats.map((category) => {
    const vs = verdicts.filter((v) => v.category === category);
    const frac = (key: 'clearChinese' | 'exitAsExpected') => ({
      pass: vs.filter((v) => v[key] === true).length,
      applicable: vs.filter((v) => v[key] !== null).length,
    });
    return {
      category,
      name: CATEGORIES[category] ?? String(category),
      tried: vs.length,
      clearChinese: frac('clearChinese'),
      exitAsExpected: frac('exitAsExpected'),
      dataChanged: vs.filter((v) => v.dataChanged === true).length,
      hangs: vs.filter((v) => v.hang).length,
      failed: vs.filter((v) => v.problems.length > 0).length,
      batteryErrors: vs.filter((v) => v.problems.some((p) => p.startsWith('BATTERY'))).length,
    };
  });
}

function printReport(summary: CategorySummary[], verdicts: Verdict[], durationMs: number): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const head = ['#', 'category', 'tried', 'clear CN msg', 'exit as expected', 'data changed', 'hangs', 'failed'];
  const rows = summary.map((s) => [
    String(s.category),
    s.name,
    String(s.tried),
    `${s.clearChinese.pass}/${s.clearChinese.applicable}`,
    `${s.exitAsExpected.pass}/${s.exitAsExpected.applicable}`,
    String(s.dataChanged),
    String(s.hangs),
    `${s.failed}${s.batteryErrors ? ` (${s.batteryErrors} battery err)` : ''}`,
  ]);
  const total = summary.reduce(
    (t, s) => ({
      tried: t.tried + s.tried,
      cp: t.cp + s.clearChinese.pass,
      ca: t.ca + s.clearChinese.applicable,
      ep: t.ep + s.exitAsExpected.pass,
      ea: t.ea + s.exitAsExpected.applicable,
      d: t.d + s.dataChanged,
      h: t.h + s.hangs,
      f: t.f + s.failed,
    }),
    { tried: 0, cp: 0, ca: 0, ep: 0, ea: 0, d: 0, h: 0, f: 0 },
  );
  rows.push([
    '',
    'TOTAL',
    String(total.tried),
    `${total.cp}/${total.ca}`,
    `${total.ep}/${total.ea}`,
    String(total.d),
    String(total.h),
    String(total.f),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out();
  out(`ROBUSTNESS BATTERY (${quick ? 'quick' : 'full'}, ${Math.round(durationMs / 1000)} s)`);
  out(line(head));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const [i, r] of rows.entries()) {
    if (i === rows.length - 1) out(widths.map((w) => '-'.repeat(w)).join('  '));
    out(line(r));
  }
  out();
  out(
    'clear CN msg: refusals whose message is Chinese, with no English stack/errno/"Error:"/意外问题 (of the cases that refused something)',
  );
  out('exit as expected: commands that had to refuse did (non-zero / HTTP 4xx), and those that had to succeed did');
  out();
  const failed = verdicts.filter((v) => v.problems.length > 0);
  out(`FAILED CASES (${failed.length})`);
  let last = 0;
  for (const v of failed) {
    if (v.category !== last) {
      out();
      out(`== ${v.category}. ${CATEGORIES[v.category] ?? ''}`);
      last = v.category;
    }
    out(`- ${v.id}: ${v.title}`);
    for (const p of v.problems.slice(0, 6)) out(`    ✗ ${p.split('\n')[0]!.slice(0, 300)}`);
    if (v.problems.length > 6) out(`    … ${v.problems.length - 6} more`);
    const excerpt = v.output
      .replace(/\s*\n\s*/g, ' ⏎ ')
      .trim()
      .slice(0, 300);
    if (excerpt) out(`    output: ${excerpt}`);
  }
}

main()
  .then((code) => {
    cleanup();
    process.exit(code);
  })
  .catch((err: unknown) => {
    say(`battery could not run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    cleanup();
    process.exit(2);
  });
