import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Case, CaseTools } from './battery-case.ts';
import { prng, randInt } from './data.ts';
import { OPERATOR } from './fixtures.ts';
import { fileSha256, fingerprint, integrityCheck, queryAll, type RunResult } from './harness.ts';
import { PreviewHost } from './preview.ts';
import type { Recorder } from './verdict.ts';

/** Categories 7 (backups and restore), 8 (SIGKILL at bad moments) and 10 (foreign SQLite as --db). */

const pad = (n: number) => String(n).padStart(2, '0');

/** Start-up, audit chain and integrity of a database after something happened to it. */
async function expectHealthy(t: CaseTools, db: string, rec: Recorder = t.rec): Promise<void> {
  await t.cli(db, ['items', 'list'], 'ok', { label: 'start-up (items list)', rec });
  await t.cli(db, ['audit', 'verify'], 'ok', { label: 'audit verify', rec });
  const ic = integrityCheck(db);
  rec.check(ic === 'ok', `integrity_check: ${ic.slice(0, 200)}`);
}

// ---------------------------------------------------------------------------------------------
// 7. Restoring byte-flipped backups

function backupFlipCase(i: number): Case {
  const rand = prng(5000 + i);
  const flips = 1 + randInt(rand, 0, 4);
  const mode = ['file header', 'first pages', 'anywhere', 'last quarter'][i % 4]!;
  return {
    category: 7,
    id: `restore-flip-${pad(i)}`,
    title: `restore a backup with ${flips} flipped byte(s) (${mode})`,
    quick: i < 8,
    async run(t) {
      const db = t.copyDb();
      const buf = fs.readFileSync(t.fx.goodBackup);
      const offsets: number[] = [];
      for (let k = 0; k < flips; k++) {
        const [lo, hi] =
          mode === 'file header'
            ? [0, 100]
            : mode === 'first pages'
              ? [100, Math.min(buf.length, 16384)]
              : mode === 'last quarter'
                ? [Math.floor(buf.length * 0.75), buf.length]
                : [0, buf.length];
        const o = randInt(rand, lo, hi);
        buf[o] = buf[o]! ^ randInt(rand, 1, 256);
        offsets.push(o);
      }
      t.rec.detail('offsets', offsets);
      const file = path.join(t.dir, '备份.db');
      fs.writeFileSync(file, buf);
      const r = await t.cli(db, ['restore', file, '--yes'], 'either');
      if (r.timedOut) return;
      t.rec.detail('restored', r.code === 0);
      if (r.code !== 0) t.rec.data(fingerprint(db) !== t.fx.seedFp, 'restore refused, yet the database changed');
      await expectHealthy(t, db);
    },
  };
}

interface RestoreSpec {
  id: string;
  title: string;
  quick?: boolean;
  expect: 'fail' | 'ok' | 'either';
  make(t: CaseTools, db: string): string;
  args?: (file: string) => string[];
  after?(t: CaseTools, db: string, r: RunResult): Promise<void> | void;
}

const RESTORES: RestoreSpec[] = [
  {
    id: 'older-than-draw',
    title: 'restore --yes of a backup older than the newest draw (would drop a recorded draw)',
    quick: true,
    expect: 'fail',
    make: (t) => t.fx.preDrawBackup,
    after: (t, _db, r) => {
      if (r.code !== 0) t.rec.check(/抽取/.test(r.stderr), 'the refusal does not mention the draw (抽取) it would drop');
    },
  },
  {
    id: 'older-without-yes',
    title: 'restore of an older backup without --yes',
    expect: 'fail',
    make: (t) => t.fx.preDrawBackup,
    args: (f) => ['restore', f],
  },
  {
    id: 'good-control',
    title: 'control: restore --yes of the good (newest) backup',
    quick: true,
    expect: 'ok',
    make: (t) => t.fx.goodBackup,
  },
  {
    id: 'foreign-sqlite',
    title: 'restore of a foreign SQLite file',
    expect: 'fail',
    make: (t) => foreignDb(path.join(t.dir, '别的程序.db'), 'plain'),
  },
  {
    id: 'newer-version',
    title: 'restore of a backup made by a newer version (user_version 999)',
    expect: 'fail',
    make: (t) => {
      const f = path.join(t.dir, '新版备份.db');
      fs.copyFileSync(t.fx.goodBackup, f);
      const c = new Database(f);
      c.pragma('user_version = 999');
      c.close();
      return f;
    },
  },
  { id: 'missing', title: 'restore of a missing file', expect: 'fail', make: (t) => path.join(t.dir, '没有的备份.db') },
  {
    id: 'folder',
    title: 'restore of a folder',
    expect: 'fail',
    make: (t) => (fs.mkdirSync(path.join(t.dir, '备份.db')), path.join(t.dir, '备份.db')),
  },
  {
    id: 'empty-file',
    title: 'restore of an empty file',
    expect: 'fail',
    make: (t) => (fs.writeFileSync(path.join(t.dir, '空.db'), ''), path.join(t.dir, '空.db')),
  },
  {
    id: 'truncated-half',
    title: 'restore of a backup cut in half',
    expect: 'fail',
    make: (t) => {
      const b = fs.readFileSync(t.fx.goodBackup);
      fs.writeFileSync(path.join(t.dir, '半个备份.db'), b.subarray(0, Math.floor(b.length / 2)));
      return path.join(t.dir, '半个备份.db');
    },
  },
  {
    id: 'itself',
    title: 'restore --yes of the database onto itself',
    expect: 'either',
    make: (_t, db) => db,
    after: (t, db) => t.rec.data(fingerprint(db) !== t.fx.seedFp, 'restoring the database onto itself changed its content'),
  },
];

function restoreCase(spec: RestoreSpec): Case {
  return {
    category: 7,
    id: `restore-${spec.id}`,
    title: spec.title,
    quick: spec.quick ?? false,
    async run(t) {
      const db = t.copyDb();
      const file = spec.make(t, db);
      const r = await t.cli(db, spec.args ? spec.args(file) : ['restore', file, '--yes'], spec.expect);
      if (r.timedOut) return;
      if (r.code !== 0) t.rec.data(fingerprint(db) !== t.fx.seedFp, 'restore refused, yet the database changed');
      await spec.after?.(t, db, r);
      await expectHealthy(t, db);
    },
  };
}

let bigFp: string | null = null;
const bigFingerprint = (t: CaseTools) => (bigFp ??= fingerprint(t.fx.bigDb));

/** The largest file in `dirs` (the backup or its working copy), or null when there is none. */
function largestFile(...dirs: string[]): number | null {
  let best: number | null = null;
  for (const f of dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).map((x) => path.join(d, x)) : []))) {
    try {
      best = Math.max(best ?? 0, fs.statSync(f).size);
    } catch {
      /* renamed meanwhile */
    }
  }
  return best;
}

function killedBackupCase(
  id: string,
  title: string,
  trigger: (size: number | null, source: number, elapsed: number) => boolean,
  quick: boolean,
): Case {
  return {
    category: 7,
    id: `backup-killed-${id}`,
    title: `backup --out b.db killed ${title}`,
    heavy: true,
    quick,
    async run(t) {
      const db = t.copyDb('big');
      const source = fs.statSync(db).size;
      const outDir = path.join(t.dir, 'out');
      fs.mkdirSync(outDir);
      const target = path.join(outDir, 'b.db');
      // The product may stage the copy elsewhere (the data folder's backups/): watch both.
      const staging = path.join(t.dir, 'backups');
      const r = await t.cli(db, ['backup', '--out', target], 'either', {
        killWhen: (elapsed) => trigger(largestFile(outDir, staging), source, elapsed),
        pollMs: 2,
      });
      t.rec.detail('killed', r.killedOnPurpose);
      const left = fs.readdirSync(outDir);
      t.rec.detail('left', left);
      if (fs.existsSync(staging)) t.rec.detail('leftInStaging', fs.readdirSync(staging));
      if (fs.existsSync(target)) {
        let ok = false;
        try {
          ok = integrityCheck(target) === 'ok' && fingerprint(target) === bigFingerprint(t);
        } catch {
          ok = false;
        }
        t.rec.check(ok, `a partial b.db was left (${fs.existsSync(target) ? fs.statSync(target).size : 0} of ${source} bytes)`);
      }
      // Not a failure by itself (a SIGKILLed process cannot tidy up), but worth knowing.
      const junk = left.filter((f) => f !== 'b.db');
      if (junk.length) t.rec.detail('note', `temporary files left beside it: ${junk.join(', ')}`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 8. SIGKILL during import, draw and notice batch

const walSize = (db: string) => (fs.existsSync(`${db}-wal`) ? fs.statSync(`${db}-wal`).size : 0);

function importKillCase(afterBeginMs: number, quick: boolean, walBytes = 0): Case {
  return {
    category: 8,
    id: walBytes
      ? `kill-import-wal-${walBytes < 1024 ? 'grows' : `${Math.round(walBytes / 1024 / 1024)}mb`}`
      : `kill-import-${afterBeginMs}ms`,
    title: walBytes
      ? `SIGKILL a 50,000-row import once its WAL ${walBytes < 1024 ? 'first grows' : `holds ${Math.round(walBytes / 1024 / 1024)} MB`} (mid-transaction)`
      : `SIGKILL a 50,000-row import ${afterBeginMs} ms after it began (its backup appeared)`,
    heavy: true,
    quick,
    async run(t) {
      const db = t.copyDb();
      const backups = path.join(t.dir, 'backups');
      let began: number | null = null;
      const r = await t.cli(db, ['entities', 'import', t.fx.big50k], 'either', {
        killWhen: (elapsed) => {
          if (walBytes) return walSize(db) >= walBytes;
          if (
            began === null &&
            fs.existsSync(backups) &&
            fs.readdirSync(backups).some((f) => f.includes('import') && !f.includes('.partial'))
          )
            began = elapsed;
          return began !== null && elapsed >= began + afterBeginMs;
        },
        pollMs: 10,
      });
      t.rec.detail('killedAtMs', r.killedOnPurpose ? r.ms : 'not killed (ended first)');
      const ic = integrityCheck(db);
      t.rec.check(ic === 'ok', `integrity_check: ${ic.slice(0, 200)}`);
      const n = queryAll<{ n: number }>(db, "SELECT count(*) AS n FROM entities WHERE code LIKE '92140222MA%'")[0]!.n;
      t.rec.detail('rowsWritten', n);
      if (n === 0)
        t.rec.data(fingerprint(db) !== t.fx.seedFp, 'no rows imported, yet the database differs from before (neither before nor after)');
      else if (n !== 50_000) t.rec.data(true, `${n} of 50,000 rows written (half an import)`);
      else await t.cli(db, ['audit', 'verify'], 'ok', { label: 'audit verify after' });
    },
  };
}

/** fraction: of the calibrated duration; 0: the moment its WAL first grows (the commit is being written). */
function drawKillCase(fraction: number, quick: boolean): Case {
  return {
    category: 8,
    id: fraction ? `kill-draw-${Math.round(fraction * 100)}pct` : 'kill-draw-wal-grows',
    title: fraction
      ? `SIGKILL a draw at ${Math.round(fraction * 100)}% of its usual duration`
      : 'SIGKILL a draw the moment its WAL first grows (commit being written)',
    heavy: true,
    quick,
    async run(t) {
      const db = t.copyDb('big');
      const at = Math.round(t.fx.calib.drawMs * fraction);
      // The WAL trigger reacts to the file system's change event, not to a poll, to land inside the commit.
      let watcher: fs.FSWatcher | undefined;
      const r = await t.cli(db, ['draw', t.fx.undrawnTask, ...OPERATOR], 'either', {
        killWhen: (elapsed) => (fraction ? elapsed >= at : walSize(db) > 0),
        pollMs: 5,
        onSpawn: (killNow) => {
          if (fraction) return;
          watcher = fs.watch(path.dirname(db), (_event, name) => {
            if (name === `${path.basename(db)}-wal` && walSize(db) > 0) killNow();
          });
        },
      });
      watcher?.close();
      t.rec.detail('killedAtMs', r.killedOnPurpose ? r.ms : 'not killed (ended first)');
      const ic = integrityCheck(db);
      t.rec.check(ic === 'ok', `integrity_check: ${ic.slice(0, 200)}`);
      const draws = queryAll<{ id: number }>(db, 'SELECT id FROM draws WHERE task_id = ?', t.fx.undrawnTaskId);
      t.rec.detail('draws', draws.length);
      if (draws.length === 0) t.rec.data(fingerprint(db) !== bigFingerprint(t), 'no draw recorded, yet the database differs from before');
      else if (draws.length === 1) {
        await t.cli(db, ['verify', String(draws[0]!.id)], 'ok', { label: 'verify the draw' });
        await t.cli(db, ['audit', 'verify'], 'ok', { label: 'audit verify after' });
      } else t.rec.data(true, `${draws.length} draws recorded for one task`);
    },
  };
}

function docsKillCase(
  id: string,
  title: string,
  trigger: (out: string, elapsed: number, calibMs: number) => boolean,
  quick: boolean,
): Case {
  return {
    category: 8,
    id: `kill-notices-${id}`,
    title: `SIGKILL a batch of 200 notices ${title}`,
    heavy: true,
    quick,
    async run(t) {
      const db = t.copyDb('big');
      const out = path.join(t.dir, '通知书');
      fs.mkdirSync(out);
      const r = await t.cli(db, ['docs', 'notices', t.fx.bigTask, '--out', out, '--date', '2026-11-24'], 'either', {
        killWhen: (elapsed) => trigger(out, elapsed, t.fx.calib.docsMs),
        pollMs: 10,
      });
      t.rec.detail('killedAtMs', r.killedOnPurpose ? r.ms : 'not killed (ended first)');
      const ic = integrityCheck(db);
      t.rec.check(ic === 'ok', `integrity_check: ${ic.slice(0, 200)}`);
      const entries = fs.readdirSync(out);
      const temps = entries.filter((f) => f.startsWith('.shuangsuiji-'));
      t.rec.check(temps.length === 0, `temporary folder(s) left in the output folder after the kill: ${temps.join(', ')}`);
      const pdfs = entries.filter((f) => f.endsWith('.pdf')).length;
      t.rec.detail('pdfs', pdfs);
      t.rec.check(pdfs === 0 || pdfs === 200, `${pdfs} of 200 notices in the output folder (half a batch)`);
      const numbers = queryAll<{ n: number }>(db, 'SELECT count(*) AS n FROM doc_numbers WHERE task_id = ?', t.fx.bigTaskId)[0]!.n;
      t.rec.detail('docNumbers', numbers);
      if (numbers === 0) t.rec.data(fingerprint(db) !== bigFingerprint(t), 'no numbers issued, yet the database differs from before');
      else t.rec.data(numbers !== 200, `${numbers} of 200 文号 issued (half a batch)`);
      // Recovery: the same batch again must complete, keep the 200 numbers and leave no staging folder.
      const again = await t.cli(db, ['docs', 'notices', t.fx.bigTask, '--out', out, '--date', '2026-11-24'], 'ok', {
        label: 'the batch again',
        timeoutMs: 120_000,
      });
      if (again.code === 0) {
        const after = fs.readdirSync(out);
        t.rec.check(!after.some((f) => f.startsWith('.shuangsuiji-')), 'a staging folder is still there after the next batch');
        t.rec.check(
          after.filter((f) => f.endsWith('.pdf')).length === 200,
          `the next batch left ${after.filter((f) => f.endsWith('.pdf')).length} notices, not 200`,
        );
        const renumbered = queryAll<{ n: number }>(db, 'SELECT count(*) AS n FROM doc_numbers WHERE task_id = ?', t.fx.bigTaskId)[0]!.n;
        t.rec.check(renumbered === 200, `${renumbered} 文号 after the next batch (numbers issued twice?)`);
      }
    },
  };
}

const tempFiles = (out: string) => {
  const temp = fs.readdirSync(out).find((f) => f.startsWith('.shuangsuiji-'));
  if (!temp) return -1;
  try {
    return fs.readdirSync(path.join(out, temp)).length;
  } catch {
    return -1;
  }
};

// ---------------------------------------------------------------------------------------------
// 10. A foreign SQLite file given as --db

type Foreign = 'plain' | 'wal' | 'colliding' | 'uv3' | 'uv999' | 'rich';

function foreignDb(file: string, kind: Foreign): string {
  const c = new Database(file);
  if (kind === 'wal') c.pragma('journal_mode = WAL');
  if (kind === 'colliding') {
    c.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO items (title) VALUES ('库存盘点'), ('采购');");
    c.exec("CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT); INSERT INTO settings VALUES ('theme', 'dark');");
    c.exec('CREATE TABLE entities (x BLOB);');
  } else {
    c.exec(
      'CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, phone TEXT); ' +
        "INSERT INTO customers (name, phone) VALUES ('王一', '13800000000'), ('李二', '13900000000');",
    );
    c.exec(
      'CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL); INSERT INTO orders VALUES (1, 1, 99.5);',
    );
  }
  if (kind === 'rich') {
    c.exec('CREATE INDEX orders_customer ON orders(customer_id); CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 50;');
    c.exec('CREATE TRIGGER orders_log AFTER INSERT ON orders BEGIN UPDATE customers SET phone = phone WHERE id = NEW.customer_id; END;');
  }
  if (kind === 'uv3') c.pragma('user_version = 3');
  if (kind === 'uv999') c.pragma('user_version = 999');
  c.close();
  return file;
}

type ForeignCommand = 'items-list' | 'entities-import' | 'restore' | 'backup' | 'preview';

function foreignCase(kind: Foreign | 'text-file' | 'xlsx-file', command: ForeignCommand, quick: boolean): Case {
  return {
    category: 10,
    id: `foreign-${kind}-${command}`,
    title: `${kind === 'text-file' ? 'a text file' : kind === 'xlsx-file' ? 'an .xlsx file' : `foreign SQLite (${kind})`} as --db: ${command}`,
    quick,
    async run(t) {
      const db = path.join(t.dir, '别的程序.db');
      if (kind === 'text-file') fs.writeFileSync(db, '这是一个普通的文本文件。\nhello\n');
      else if (kind === 'xlsx-file') fs.copyFileSync(t.fx.seedRoster, db);
      else foreignDb(db, kind);
      const before = fileSha256(db);
      const beside = new Set(fs.readdirSync(t.dir));
      if (command === 'preview') {
        const host = await PreviewHost.start(db, t.fx.env, 30_000);
        if (host instanceof PreviewHost) {
          t.rec.exitAs(false, 'the preview host started on a foreign database');
          await host.stop();
        } else {
          t.rec.log(`preview host: exit ${host.code}${host.timedOut ? ' (timeout)' : ''}\n${host.output.slice(0, 600)}`);
          if (host.timedOut) t.rec.hang('the preview host neither started nor ended within 30 s');
          else {
            t.rec.exitAs(host.code !== 0, 'the preview host exited 0');
            t.rec.message(host.output, 'preview host');
          }
        }
      } else {
        const args =
          command === 'items-list'
            ? ['items', 'list']
            : command === 'entities-import'
              ? ['entities', 'import', t.fx.seedRoster]
              : command === 'restore'
                ? ['restore', t.fx.goodBackup, '--yes']
                : ['backup', '--out', path.join(t.dir, '备份.db')];
        await t.cli(db, args, 'fail');
      }
      const after = fs.existsSync(db) ? fileSha256(db) : 'deleted';
      t.rec.data(after !== before, 'the foreign file was changed (not byte-identical)');
      const added = fs.readdirSync(t.dir).filter((f) => !beside.has(f) && f !== '备份.db');
      if (added.length) t.rec.detail('leftBeside', added);
    },
  };
}

export function backupCases(): Case[] {
  return [
    ...Array.from({ length: 50 }, (_, i) => backupFlipCase(i)),
    ...RESTORES.map(restoreCase),
    killedBackupCase('when-created', 'the moment a file appears in the target folder', (size) => size !== null, true),
    killedBackupCase('when-nonempty', 'once the file being written has its first bytes', (size) => (size ?? 0) > 0, false),
    killedBackupCase('at-1mb', 'once the file being written holds 1 MB', (size) => (size ?? 0) >= 1024 * 1024, false),
    killedBackupCase('at-half', 'once the file being written holds half the database', (size, source) => (size ?? 0) >= source / 2, false),
    killedBackupCase(
      'at-90pct',
      'once the file being written holds 90% of the database',
      (size, source) => (size ?? 0) >= source * 0.9,
      false,
    ),
  ];
}

export function killCases(): Case[] {
  return [
    importKillCase(0, true),
    importKillCase(0, false, 1),
    importKillCase(0, false, 2 * 1024 * 1024),
    drawKillCase(0.7, false),
    drawKillCase(0, true),
    drawKillCase(0.95, false),
    docsKillCase('when-its-temp-folder-appears', 'when its temporary folder appears', (out) => tempFiles(out) >= 0, true),
    docsKillCase('after-20-files', 'after 20 files were written', (out) => tempFiles(out) >= 20, false),
    docsKillCase('after-150-files', 'after 150 files were written', (out) => tempFiles(out) >= 150, false),
    docsKillCase('at-97pct', 'at 97% of its usual duration', (_out, elapsed, calib) => elapsed >= calib * 0.97, false),
  ];
}

export function foreignCases(): Case[] {
  const kinds: Foreign[] = ['plain', 'wal', 'colliding', 'uv3', 'uv999', 'rich'];
  const commands: ForeignCommand[] = ['items-list', 'entities-import', 'restore', 'backup'];
  return [
    ...kinds.flatMap((k) => commands.map((c) => foreignCase(k, c, k === 'plain' && c === 'items-list'))),
    foreignCase('plain', 'preview', true),
    foreignCase('wal', 'preview', false),
    foreignCase('uv3', 'preview', false),
    foreignCase('text-file', 'items-list', false),
    foreignCase('xlsx-file', 'items-list', false),
    foreignCase('text-file', 'preview', false),
  ];
}
