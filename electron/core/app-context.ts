import { assertIntact, damagedOrSelf, openDatabase, type Db } from './db/connection.ts';
import { loadDefaultItemsOnce } from './items/default-items.ts';
import { JobRegistry } from './jobs/job-registry.ts';

/** What every core service needs, handed over by whichever door started the program. */
export interface AppContext {
  db: Db;
  dbPath: string;
  /** The folder with what ships beside the code: the default item list, templates. */
  resourcesDir: string;
  /** The program's version, as the door knows it (package.json, or Electron's app.getVersion()). */
  version: string;
  /** Where English details of unexpected errors go. */
  log: (line: string) => void;
  /** Long-running work of this process (imports, document batches). */
  jobs: JobRegistry;
  /** Called after the data moved to another folder, so the door can remember where it is. */
  onDbMoved?: (dbPath: string) => void;
}

export interface AppContextOptions {
  dbPath: string;
  resourcesDir: string;
  version: string;
  log?: (line: string) => void;
  onDbMoved?: (dbPath: string) => void;
}

export function openAppContext(options: AppContextOptions): AppContext {
  const db = openDatabase(options.dbPath);
  try {
    assertIntact(db, options.dbPath);
    loadDefaultItemsOnce(db, options.resourcesDir);
  } catch (err) {
    db.close();
    throw damagedOrSelf(err, options.dbPath);
  }
  const log = options.log ?? ((line: string) => console.error(line));
  return { ...options, log, db, jobs: new JobRegistry(log) };
}
