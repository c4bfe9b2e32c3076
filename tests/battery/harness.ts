import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * The robustness battery's process handling: every command runs as a separate process in a
 * process group of its own, with a timeout that kills the whole group, optional polling of its
 * peak memory (VmHWM) and an optional "kill it now" condition. Nothing here knows the product's
 * internals: it talks to the real CLI and preview host only.
 */

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const CLI_MAIN = path.join(REPO, 'electron', 'cli', 'main.ts');
export const WEB_MAIN = path.join(REPO, 'electron', 'web', 'main.ts');
/** The Node that runs the battery (node_modules/.bin/node, Node 24) runs the product too. */
export const NODE = process.execPath;

export const DEFAULT_TIMEOUT_MS = 30_000;
const OUTPUT_CAP = 1024 * 1024;

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The per-command timeout struck and the group was killed. */
  timedOut: boolean;
  /** killWhen asked for the kill (a deliberate SIGKILL, not a hang). */
  killedOnPurpose: boolean;
  ms: number;
  /** Peak resident memory of the process in kB, as last read from /proc (null if never read). */
  peakRssKb: number | null;
  pid: number;
}

export interface RunOptions {
  timeoutMs?: number;
  env?: Record<string, string>;
  /** Poll /proc/<pid>/status VmHWM while it runs. */
  rss?: boolean;
  /** Asked every pollMs; true kills the process group with SIGKILL there and then. */
  killWhen?: (elapsedMs: number) => boolean;
  pollMs?: number;
  /** Gets a function that kills the group at once (a deliberate kill), for event-driven triggers. */
  onSpawn?: (killNow: () => void) => void;
}

/** Environment every child gets: TMPDIR inside the battery's own folder, so nothing leaks out. */
let childEnv: Record<string, string> = {};
export function setChildEnv(env: Record<string, string>): void {
  childEnv = env;
}

const liveGroups = new Set<number>();

/** Remembers a process group started elsewhere (the preview host) so Ctrl+C ends it too. */
export function trackGroup(pid: number, live: boolean): void {
  if (live) liveGroups.add(pid);
  else liveGroups.delete(pid);
}

/** Kills every process group the battery started and has not seen end (Ctrl+C, fatal error). */
export function killAllChildren(): void {
  for (const pid of liveGroups) killGroup(pid);
}

export function killGroup(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

export function readVmHwmKb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Runs `node ...args` to its end (or its timeout, or killWhen). Never rejects. */
export function runNode(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const child = spawn(NODE, args, {
    cwd: REPO,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...childEnv, ...(options.env ?? {}) },
  });
  const pid = child.pid ?? -1;
  if (pid > 0) liveGroups.add(pid);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    if (stdout.length < OUTPUT_CAP) stdout += d;
  });
  child.stderr.on('data', (d: string) => {
    if (stderr.length < OUTPUT_CAP) stderr += d;
  });
  let timedOut = false;
  let killedOnPurpose = false;
  let peak: number | null = null;
  let exited = false;
  const poll = () => {
    if (exited) return;
    if (options.rss) {
      const kb = readVmHwmKb(pid);
      if (kb !== null) peak = Math.max(peak ?? 0, kb);
    }
    if (options.killWhen && !killedOnPurpose && options.killWhen(Date.now() - started)) {
      killedOnPurpose = true;
      killGroup(pid);
    }
  };
  options.onSpawn?.(() => {
    if (exited || killedOnPurpose) return;
    killedOnPurpose = true;
    killGroup(pid);
  });
  const interval = options.rss || options.killWhen ? setInterval(poll, options.pollMs ?? 50) : undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(pid);
  }, timeoutMs);
  return new Promise((resolve) => {
    let code: number | null = null;
    let signal: NodeJS.Signals | null = null;
    child.on('exit', (c, s) => {
      exited = true;
      code = c;
      signal = s;
    });
    const finish = () => {
      clearTimeout(timer);
      if (interval) clearInterval(interval);
      // Whatever the main process left in its group (it should be nothing) goes with it.
      killGroup(pid);
      liveGroups.delete(pid);
      resolve({ code, signal, stdout, stderr, timedOut, killedOnPurpose, ms: Date.now() - started, peakRssKb: peak, pid });
    };
    child.on('close', finish);
    child.on('error', (err) => {
      stderr += `\n[battery] spawn failed: ${String(err)}`;
      finish();
    });
  });
}

/** Runs the real CLI against `db`. */
export function cli(db: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode([CLI_MAIN, '--db', db, ...args], options);
}

// ---------------------------------------------------------------------------------------------
// Messages

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ENGLISH_LEAKS: [RegExp, string][] = [
  [/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m, 'stack trace'],
  [/\bE(NOENT|ACCES|ISDIR|NOTDIR|PERM|MFILE|NAMETOOLONG|EXIST|NOSPC|BUSY|INVAL)\b/, 'errno code'],
  [/\b[A-Za-z]*Error:/, '"Error:"'],
  [/\b(TypeError|RangeError|SyntaxError|ReferenceError|URIError|AssertionError)\b/, 'JS error name'],
  [/\bSQLITE_[A-Z_]+\b/, 'SQLite code'],
  [/\bCannot read propert|\bis not a function\b|\bis not defined\b|\bis not iterable\b/, 'JS runtime text'],
  [/\[object Object\]|\bundefined\b|\bNaN\b/, 'undefined/NaN/[object Object]'],
  [/\bzod\b|\binvalid_type\b|Expected (string|number|object)/i, 'validator internals'],
  [/(期望|接收|收到)\s*(string|number|object|boolean|array|bigint|nan|null)\b/i, 'untranslated JS type name'],
];

/** What is wrong with a message meant for the clerk ([] = a clear Chinese message). */
export function messageProblems(text: string): string[] {
  const t = text.replace(/\u001b\[[0-9;]*m/g, '').trim();
  if (!t) return ['no message at all'];
  const problems: string[] = [];
  if (!CJK.test(t)) problems.push('message has no Chinese');
  if (t.includes('意外问题')) problems.push('“意外问题” (unexpected error)');
  for (const [re, what] of ENGLISH_LEAKS) if (re.test(t)) problems.push(`English leak: ${what}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Database fingerprints

/**
 * SHA-256 over every table's rows (ordered by rowid), the schema and user_version. `only` limits
 * it to some tables. The file is opened read-write, as the program would open it next, so a WAL
 * left by a killed process is taken into account; the content is not changed by this.
 */
export function fingerprint(db: string, only?: readonly string[]): string {
  const conn = new Database(db, { fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 10000');
    const hash = crypto.createHash('sha256');
    hash.update(`user_version=${String(conn.pragma('user_version', { simple: true }))}\n`);
    const tables = conn.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
      sql: string | null;
    }[];
    for (const { name, sql } of tables) {
      if (only && !only.includes(name)) continue;
      hash.update(`table ${name}\n${sql ?? ''}\n`);
      const quoted = `"${name.replace(/"/g, '""')}"`;
      let rows: unknown[][];
      try {
        rows = conn.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).raw(true).safeIntegers(true).all() as unknown[][];
      } catch {
        rows = (conn.prepare(`SELECT * FROM ${quoted}`).raw(true).safeIntegers(true).all() as unknown[][])
          .map((r) => [serialise(r), r] as const)
          .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .map(([, r]) => r);
      }
      for (const row of rows) hash.update(serialise(row) + '\n');
    }
    return hash.digest('hex');
  } finally {
    conn.close();
  }
}

function serialise(row: unknown[]): string {
  return JSON.stringify(row, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v && typeof v === 'object' && 'type' in v && (v as { type: unknown }).type === 'Buffer') {
      return `hex:${Buffer.from((v as unknown as { data: number[] }).data).toString('hex')}`;
    }
    return v;
  });
}

export function integrityCheck(db: string): string {
  const conn = new Database(db, { fileMustExist: true });
  try {
    return (conn.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    conn.close();
  }
}

/** A one-off query on a database (read-only use), e.g. a count. */
export function queryAll<T>(db: string, sql: string, ...params: unknown[]): T[] {
  const conn = new Database(db, { fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 10000');
    return conn.prepare(sql).all(...params) as T[];
  } finally {
    conn.close();
  }
}

export function fileSha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` over items with at most `limit` at a time, in order of start. */
export async function pool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  });
  await Promise.all(workers);
}
