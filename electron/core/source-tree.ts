import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where things are when the program runs from the source tree (the CLI and the preview host; the
 * Electron shell knows its own from app.getPath). Here, not in a door, so neither door imports the other.
 */
const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export const repoResourcesDir = path.join(repoRoot, 'resources');

export function repoVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Without --db, the CLI and the preview share one file in the user's home folder. */
export function defaultDbPath(): string {
  const dir = path.join(os.homedir(), '.shuangsuiji');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, 'data.db');
}
