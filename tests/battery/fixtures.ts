import fs from 'node:fs';
import path from 'node:path';
import { INSPECTOR_HEADER, newRosterRows, ROSTER_HEADER, SEED_INSPECTORS, seedRosterRows } from './data.ts';
import { cli, fingerprint, type RunResult } from './harness.ts';
import { answerOk, PreviewHost } from './preview.ts';
import { exceljsWorkbook, writeLargeRoster } from './workbook.ts';

/**
 * Everything the cases share, made once per run inside the battery's temp folder: the seed
 * database (built through the CLI: entities, inspectors, a task and its draw), backups before
 * and after the draw, a large database for kills, and the generated rosters.
 */
export interface Fixtures {
  root: string;
  quick: boolean;
  env: Record<string, string>;
  /** 20 entities, 6 inspectors, task `taskCode` drawn (draw 1, 5 entities), settings filled in. */
  seedDb: string;
  seedFp: string;
  /** Fingerprints of the seed limited to some tables (what an import may touch). */
  seedTablesFp: Record<TableGroup, string>;
  taskCode: string;
  taskId: number;
  drawId: number;
  selected: { code: string; name: string }[];
  seedRoster: string;
  seedRosterBuf: Buffer;
  /** A backup taken before the draw, and one after it. */
  preDrawBackup: string;
  goodBackup: string;
  /** 3,000 new entities (codes 92140224MA…). */
  mediumRoster: string;
  /** 50,000 new entities (codes 92140222MA…). */
  big50k: string;
  /** The file the two-process cases import: 100,000 new entities (50,000 in --quick). */
  bigForContention: string;
  bigForContentionRows: number;
  /** The seed plus big50k imported, task bigTask (200 drawn), task undrawnTask (100, not drawn). */
  bigDb: string;
  bigTask: string;
  bigTaskId: number;
  undrawnTask: string;
  undrawnTaskId: number;
  /** How long an uninterrupted draw of undrawnTask and notices for bigTask take here, in ms. */
  calib: { drawMs: number; docsMs: number };
}

export type TableGroup = 'entities' | 'items' | 'results' | 'inspectors';
export const TABLE_GROUPS: Record<TableGroup, string[]> = {
  entities: ['entities', 'entity_rosters', 'entity_history', 'rosters'],
  items: ['items'],
  results: ['results'],
  inspectors: ['inspectors'],
};

export const OPERATOR = ['--operator', '张三', '--witness', '李四'];

function must(r: RunResult, what: string): RunResult {
  if (r.code !== 0 || r.timedOut) {
    throw new Error(
      `battery setup step failed: ${what}: exit ${r.code}${r.timedOut ? ' (timeout)' : ''}\n${r.stderr.slice(0, 1000)}\n${r.stdout.slice(0, 500)}`,
    );
  }
  return r;
}

async function setContact(db: string, env: Record<string, string>): Promise<void> {
  const host = await PreviewHost.start(db, env);
  if (!(host instanceof PreviewHost))
    throw new Error(`battery setup: preview host did not start on the seed: ${host.output.slice(0, 800)}`);
  try {
    const a = await host.call('settings:save', { contactName: '王科长', contactPhone: '0352-1234567' });
    if (!answerOk(a)) throw new Error(`battery setup: settings:save failed: ${a.text.slice(0, 500)}`);
  } finally {
    await host.stop();
  }
}

export async function prepareFixtures(
  root: string,
  quick: boolean,
  env: Record<string, string>,
  say: (line: string) => void,
): Promise<Fixtures> {
  const dir = path.join(root, 'fixtures');
  fs.mkdirSync(dir, { recursive: true });
  const seedDir = path.join(dir, 'seed');
  fs.mkdirSync(seedDir);
  const seedDb = path.join(seedDir, 'seed.db');

  say('fixtures: rosters');
  const seedRosterBuf = await exceljsWorkbook('名录', seedRosterRows());
  const seedRoster = path.join(dir, '名录.xlsx');
  fs.writeFileSync(seedRoster, seedRosterBuf);
  const inspectors = path.join(dir, '执法人员.xlsx');
  fs.writeFileSync(inspectors, await exceljsWorkbook('执法人员', [INSPECTOR_HEADER, ...SEED_INSPECTORS]));
  const mediumRoster = path.join(dir, 'medium-3000.xlsx');
  fs.writeFileSync(mediumRoster, await exceljsWorkbook('名录', [ROSTER_HEADER, ...newRosterRows('92140224MA', 3000, 11)]));
  const big50k = path.join(dir, 'big-50k.xlsx');
  await writeLargeRoster(big50k, ROSTER_HEADER, newRosterRows('92140222MA', 50_000, 13));
  let bigForContention = big50k;
  let bigForContentionRows = 50_000;
  if (!quick) {
    bigForContention = path.join(dir, 'big-100k.xlsx');
    bigForContentionRows = 100_000;
    await writeLargeRoster(bigForContention, ROSTER_HEADER, newRosterRows('92140223MA', 100_000, 17));
  }

  say('fixtures: seed database through the CLI');
  must(await cli(seedDb, ['entities', 'import', seedRoster], { env }), 'entities import');
  must(await cli(seedDb, ['inspectors', 'import', inspectors], { env }), 'inspectors import');
  await setContact(seedDb, env);
  const created = must(
    await cli(seedDb, ['--json', 'tasks', 'create', '--name', '电梯安全抽查', '--item', '1', '--count', '5'], { env }),
    'tasks create',
  );
  const task = JSON.parse(created.stdout) as { id: number; code: string };
  const preDrawBackup = path.join(dir, 'before-draw.db');
  must(await cli(seedDb, ['backup', '--out', preDrawBackup], { env }), 'backup before draw');
  const drawn = must(await cli(seedDb, ['--json', 'draw', task.code, ...OPERATOR], { env }), 'draw');
  const draw = JSON.parse(drawn.stdout) as { drawId: number; selected: { uscc: string; name: string }[] };
  const goodBackup = path.join(dir, 'after-draw.db');
  must(await cli(seedDb, ['backup', '--out', goodBackup], { env }), 'backup after draw');
  must(await cli(seedDb, ['audit', 'verify'], { env }), 'audit verify of the seed');
  fs.rmSync(path.join(seedDir, 'backups'), { recursive: true, force: true });
  for (const side of ['-wal', '-shm']) if (fs.existsSync(seedDb + side)) throw new Error(`battery setup: seed left ${side} behind`);

  say('fixtures: large database (50,000 entities, a task of 200 drawn)');
  const bigDir = path.join(dir, 'big');
  fs.mkdirSync(bigDir);
  const bigDb = path.join(bigDir, 'big.db');
  fs.copyFileSync(seedDb, bigDb);
  must(await cli(bigDb, ['entities', 'import', big50k], { env, timeoutMs: 120_000 }), 'import 50k');
  const big = JSON.parse(
    must(await cli(bigDb, ['--json', 'tasks', 'create', '--name', '大批量抽查', '--item', '2', '--count', '200'], { env }), 'big task')
      .stdout,
  ) as { id: number; code: string };
  const bigTask = big.code;
  must(await cli(bigDb, ['draw', bigTask, ...OPERATOR], { env, timeoutMs: 60_000 }), 'big draw');
  const undrawn = JSON.parse(
    must(await cli(bigDb, ['--json', 'tasks', 'create', '--name', '待抽取任务', '--item', '3', '--count', '100'], { env }), 'undrawn task')
      .stdout,
  ) as { id: number; code: string };
  const undrawnTask = undrawn.code;
  fs.rmSync(path.join(bigDir, 'backups'), { recursive: true, force: true });

  say('fixtures: calibrating draw and notice batch durations');
  const calDir = path.join(dir, 'calibrate');
  fs.mkdirSync(path.join(calDir, 'out'), { recursive: true });
  const calDb = path.join(calDir, 'cal.db');
  fs.copyFileSync(bigDb, calDb);
  const drawRun = must(await cli(calDb, ['draw', undrawnTask, ...OPERATOR], { env, timeoutMs: 60_000 }), 'calibration draw');
  const docsRun = must(
    await cli(calDb, ['docs', 'notices', bigTask, '--out', path.join(calDir, 'out'), '--date', '2026-11-24'], { env, timeoutMs: 120_000 }),
    'calibration notices',
  );
  fs.rmSync(calDir, { recursive: true, force: true });

  const seedTablesFp = Object.fromEntries(Object.entries(TABLE_GROUPS).map(([k, tables]) => [k, fingerprint(seedDb, tables)])) as Record<
    TableGroup,
    string
  >;
  return {
    root,
    quick,
    env,
    seedDb,
    seedFp: fingerprint(seedDb),
    seedTablesFp,
    taskCode: task.code,
    taskId: task.id,
    drawId: draw.drawId,
    selected: draw.selected.map((s) => ({ code: s.uscc, name: s.name })),
    seedRoster,
    seedRosterBuf,
    preDrawBackup,
    goodBackup,
    mediumRoster,
    big50k,
    bigForContention,
    bigForContentionRows,
    bigDb,
    bigTask,
    bigTaskId: big.id,
    undrawnTask,
    undrawnTaskId: undrawn.id,
    calib: { drawMs: drawRun.ms, docsMs: docsRun.ms },
  };
}
