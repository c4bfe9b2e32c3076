import Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { loadMigrations, type Migration } from './migrate.ts';

/**
 * This program's mark in the SQLite header (PRAGMA application_id): 'SSJ1' as four ASCII bytes.
 * Set by migration 0008; see the comment there for why a fixed value.
 */
export const APPLICATION_ID = 0x53534a31;

/**
 * What a SQLite file is to this program: one of ours (marked), a new file with nothing in it, one
 * of ours from before the mark (recognised by its tables), or someone else's data.
 */
export type DbIdentity = 'ours' | 'empty' | 'unmarked-ours' | 'foreign';

const tablesAtVersion = new Map<number, string[]>();

/** The tables our migrations 1..version make, replayed once in memory and remembered. */
function expectedTables(version: number, migrations: Migration[]): string[] {
  let tables = tablesAtVersion.get(version);
  if (!tables) {
    const scratch = new Database(':memory:');
    try {
      scratch.transaction(() => {
        for (const m of migrations.slice(0, version)) scratch.exec(m.sql);
      })();
      tables = tableNames(scratch);
    } finally {
      scratch.close();
    }
    tablesAtVersion.set(version, tables);
  }
  return tables;
}

function tableNames(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
}

/** Reads the header and the schema only; never writes. */
export function identifyDatabase(db: Database.Database, migrations: Migration[] = loadMigrations()): DbIdentity {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId === APPLICATION_ID) return 'ours';
  if (appId !== 0) return 'foreign';
  const version = db.pragma('user_version', { simple: true }) as number;
  const objects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
  if (version === 0 && objects === 0) return 'empty';
  // Only versions before the mark can be ours without it; a newer one would carry it.
  const markedSince = migrations.findIndex((m) => /PRAGMA\s+application_id\s*=/i.test(m.sql)) + 1;
  if (version < 1 || (markedSince > 0 && version >= markedSince) || version > migrations.length) return 'foreign';
  const present = new Set(tableNames(db));
  return expectedTables(version, migrations).every((t) => present.has(t)) ? 'unmarked-ours' : 'foreign';
}

/** The refusal for someone else's SQLite file, given where the clerk pointed. */
export function foreignFileError(file: string, cause: string): AppError {
  return new AppError(
    `“${file}”不是本程序的数据文件（它是其他程序的 SQLite 数据库），程序没有改动它。请选择本程序的数据库文件，或指定一个新的文件名来新建数据库。`,
    { cause },
  );
}
