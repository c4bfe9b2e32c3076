import fs from 'node:fs';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import dayjs from 'dayjs';
import { AppError } from '../errors.ts';
import { processRunning } from '../process-running.ts';

/** Who holds the database for a long write, as written into the lock file beside it. */
interface LockRecord {
  token: string;
  pid: number;
  host: string;
  /** What the holder does, as the clerk reads it: “正在导入市场主体名录”. */
  label: string;
  startedAt: string;
}

export interface WriteLock {
  readonly label: string;
  release(): void;
}

// A holder on another PC cannot be asked whether it is alive; after this long its lock is taken
// as left behind by a crash (the longest import measured takes minutes, not hours).
const FOREIGN_HOLDER_HOURS = 12;

/** The lock file sits beside the database, like SQLite's own -wal and -shm files. */
export function lockFileOf(dbPath: string): string {
  return `${dbPath}-job.lock`;
}

/**
 * One long writer at a time, across every process that opens this database: an import holds
 * SQLite's write lock for its whole length, so a second one, or a write from another window,
 * could only wait and fail. Taking this lock first lets them be told at once who holds the
 * database and since when. A lock whose holder died (a killed process) is taken over.
 */
export function acquireWriteLock(dbPath: string, label: string): WriteLock {
  const file = lockFileOf(dbPath);
  const record: LockRecord = { token: randomUUID(), pid: process.pid, host: os.hostname(), label, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(record), { flag: 'wx' });
      return { label, release: () => releaseIfOurs(file, record.token) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError(`无法在数据文件所在的文件夹中建立锁文件：${file}。请检查该文件夹是否可写。`, { cause: String(err) });
      }
    }
    const holder = readLock(file);
    if (holder && isAlive(holder))
      throw new AppError(`${describe(holder)}，请等它完成后再试。`, { cause: `write lock held by pid ${holder.pid}@${holder.host}` });
    fs.rmSync(file, { force: true });
  }
  throw new AppError('另一个窗口或命令正在同时开始写入数据，请稍后再试。', { cause: `write lock race on ${file}` });
}

/** “正在导入市场主体名录（另一个窗口或命令，05:31 开始）” while a live holder has the lock, else null. */
export function describeWriteLockHolder(dbPath: string): string | null {
  const holder = readLock(lockFileOf(dbPath));
  return holder && isAlive(holder) ? describe(holder) : null;
}

function describe(holder: LockRecord): string {
  const who =
    holder.pid === process.pid && holder.host === os.hostname()
      ? '本窗口'
      : holder.host === os.hostname()
        ? '另一个窗口或命令'
        : `电脑“${holder.host}”`;
  return `${holder.label}（${who}，${dayjs(holder.startedAt).format('HH:mm')} 开始）`;
}

function readLock(file: string): LockRecord | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockRecord>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string' || typeof parsed.token !== 'string') return null;
    return {
      token: parsed.token,
      pid: parsed.pid,
      host: parsed.host,
      label: String(parsed.label ?? '正在写入数据'),
      startedAt: String(parsed.startedAt ?? ''),
    };
  } catch {
    // Missing, or cut short by a kill while it was written: nobody holds it.
    return null;
  }
}

function isAlive(holder: LockRecord): boolean {
  if (holder.host !== os.hostname()) return dayjs().diff(dayjs(holder.startedAt), 'hour', true) < FOREIGN_HOLDER_HOURS;
  return processRunning(holder.pid);
}

function releaseIfOurs(file: string, token: string): void {
  if (readLock(file)?.token === token) fs.rmSync(file, { force: true });
}
