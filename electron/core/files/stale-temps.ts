import fs from 'node:fs/promises';
import path from 'node:path';
import { processRunning } from '../process-running.ts';

/**
 * What a batch or a save leaves in the clerk's folder while it works: a hidden staging folder
 * (`.shuangsuiji-<pid>-…`) and temporary files (`.<name>.<pid>.<…>.tmp`). They are made in the
 * target folder itself, because only a rename within one volume is atomic (os.tmpdir() may be on
 * another disk, and a copy from there killed halfway would leave half a file under the real name).
 * A process killed outright (Task Manager, power cut, SIGKILL) cannot remove them, so the next
 * batch or save into the same folder does: a temporary whose process is no longer running, or
 * that is older than this process although it carries this process's id (ids are reused), is
 * left over from a killed run.
 */

const STAGING_PREFIX = '.shuangsuiji-';

/** The staging folder's name prefix for this process: `.shuangsuiji-<pid>-` (mkdtemp adds the rest). */
export const stagingPrefix = () => `${STAGING_PREFIX}${process.pid}-`;

/** A temporary file's name beside `target`, carrying this process's id. */
export function tempNameBeside(target: string, unique: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${unique}.tmp`);
}

const startedAt = Date.now() - performance.now();
// Made since this process started, with its id: ours, possibly still being written.
const MARGIN_MS = 2_000;

// A staging folder of a version before ids were in its name has none; it is stale once it is older
// than this process, for no batch of this process made it.
function ownerOf(name: string, base: string | null): number | null | undefined {
  if (base === null) {
    if (!name.startsWith(STAGING_PREFIX)) return undefined;
    const m = /^(\d+)-/.exec(name.slice(STAGING_PREFIX.length));
    return m ? Number(m[1]) : null;
  }
  const head = `.${base}.`;
  if (!name.startsWith(head) || !name.endsWith('.tmp')) return undefined;
  const m = /^(\d+)\.[^.]+\.tmp$/.exec(name.slice(head.length));
  return m ? Number(m[1]) : undefined;
}

async function isStale(file: string, owner: number | null): Promise<boolean> {
  if (owner !== null && owner !== process.pid) return !processRunning(owner);
  const stat = await fs.stat(file).catch(() => null);
  return stat !== null && stat.mtimeMs < startedAt - MARGIN_MS;
}

/**
 * Removes what killed runs left in `dir`: staging folders when `target` is null, else the
 * temporary files of `target` (a file name in `dir`). Never fails: a leftover that cannot be
 * removed now (still open somewhere) is tried again next time.
 */
export async function removeStaleTemps(dir: string, target: string | null = null): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const owner = ownerOf(name, target);
    if (owner === undefined) continue;
    const file = path.join(dir, name);
    if (!(await isStale(file, owner))) continue;
    await fs.rm(file, { recursive: true, force: true }).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}
