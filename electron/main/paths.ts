import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app } from 'electron';

/**
 * Where the window's program keeps things. Tests give each run its own data folder through
 * SHUANGSUIJI_USER_DATA, so an end-to-end run never touches a clerk's real data.
 */
export function applyUserDataOverride(): void {
  const override = process.env.SHUANGSUIJI_USER_DATA;
  if (override) app.setPath('userData', path.resolve(override));
}

const locationFile = () => path.join(app.getPath('userData'), 'location.json');

/** The data file: where the clerk moved it (remembered in location.json), else in userData. */
export function databasePath(): string {
  try {
    const { dbPath } = JSON.parse(fs.readFileSync(locationFile(), 'utf8')) as { dbPath?: string };
    if (dbPath && fs.existsSync(dbPath)) return dbPath;
  } catch {
    // no location remembered: the default place
  }
  return path.join(app.getPath('userData'), 'shuangsuiji.db');
}

export function rememberDatabasePath(dbPath: string): void {
  fs.writeFileSync(locationFile(), JSON.stringify({ dbPath }, null, 2));
}

/** resources/ ships beside app.asar when packaged (electron-builder extraResources). */
export function resourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');
}

export function rendererIndex(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer', 'index.html');
}

/** The exact address the window loads and the only page it may show. */
export function rendererUrl(): string {
  return pathToFileURL(rendererIndex()).href;
}

export function preloadScript(): string {
  return path.join(import.meta.dirname, 'preload.cjs');
}
