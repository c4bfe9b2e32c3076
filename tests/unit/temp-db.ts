import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/core/app-context.ts';

export const RESOURCES_DIR = path.join(import.meta.dirname, '..', '..', 'resources');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A fresh folder for one test, removed after it. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-test-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real SQLite file in a temporary folder, opened as the program opens it (seed list loaded). */
export function tempContext(): AppContext {
  const dir = tempDir();
  const ctx = openAppContext({
    dbPath: path.join(dir, 'test.db'),
    resourcesDir: RESOURCES_DIR,
    version: '0.0.0-test',
    log: () => {},
  });
  cleanups.push(() => ctx.db.close());
  return ctx;
}
