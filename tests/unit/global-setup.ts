import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's folder for temporary files; tests/unit/setup.ts makes it the workers' TMPDIR. */
    testTmpDir: string;
  }
}

/**
 * One folder for all of a run's temporary files, removed when the run ends (also what a killed
 * child or a crashed worker left), in memory where the machine has a tmpfs: the program commits
 * with synchronous=FULL, and an fsync cost ~3 ms a transaction on this machine's disk against
 * ~0.1 ms in /dev/shm. No test checks what survives a power cut, which is all an fsync adds; the
 * kill tests kill processes, whose writes the page cache keeps either way.
 */
export default function setup(project: TestProject): () => void {
  const dir = makeRunDir();
  project.provide('testTmpDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

// A run holds a few hundred MB at once (40 MB databases copied for kill tests, 150,000-row files);
// a container's default /dev/shm of 64 MB would fill, so a small one is passed over.
const MIN_FREE_BYTES = 2 * 1024 ** 3;

function makeRunDir(): string {
  try {
    const { bavail, bsize } = fs.statfsSync('/dev/shm');
    if (bavail * bsize >= MIN_FREE_BYTES) return fs.mkdtempSync(path.join('/dev/shm', 'shuangsuiji-tests-'));
  } catch {
    // No /dev/shm (not Linux): the system's temporary folder.
  }
  return fs.mkdtempSync(path.join(os.tmpdir(), 'shuangsuiji-tests-'));
}
