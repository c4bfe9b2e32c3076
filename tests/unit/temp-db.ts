import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppContext, type AppContext } from '../../electron/core/app-context.ts';
import { afterThisTest } from './test-cleanup.ts';

export const RESOURCES_DIR = path.join(import.meta.dirname, '..', '..', 'resources');

/** A fresh folder for one test, removed after it. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-test-'));
  afterThisTest(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A database as a first start leaves it (migrated, seed list loaded), made once per worker: a copy
 * opens in a few milliseconds where migrating and seeding takes ~70 ms, and hundreds of tests start
 * from one. The file is closed (WAL checkpointed), so the copy is the whole database.
 */
let template: string | undefined;
function templateDb(): string {
  if (template && fs.existsSync(template)) return template;
  // In the run's temporary folder, which the run removes at its end (tests/unit/global-setup.ts).
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-template-')), 'template.db');
  openAppContext({ dbPath: file, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', log: () => {} }).db.close();
  template = file;
  return file;
}

/** A real SQLite file in a temporary folder, opened as the program opens it (seed list loaded). */
export function tempContext(): AppContext {
  const dbPath = path.join(tempDir(), 'test.db');
  fs.copyFileSync(templateDb(), dbPath);
  const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', log: () => {} });
  afterThisTest(() => ctx.db.close());
  return ctx;
}
