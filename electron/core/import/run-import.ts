import dayjs from 'dayjs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/connection.ts';
import { bumpChangeCounter } from '../db/change-counter.ts';
import { AppError } from '../errors.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { createBackup } from '../backup/backup-service.ts';
import { headerKeyOf, rememberColumns, type ImportKind } from './column-mapping.ts';
import { entityImportWriter, type RowWriter } from './entity-import-writer.ts';
import { IMPORT_KINDS } from './import-kinds.ts';
import { ImportTally, type PreviewRow } from './import-tally.ts';
import { conflictImportWriter, inspectorImportWriter } from './inspector-import-writer.ts';
import type { ReadRequest } from './read-rows.ts';
import { ReaderThread } from './reader-thread.ts';
import { unmappedFields } from './keep-stored.ts';
import { RowChecker } from './row-checker.ts';
import { inspectorDepartmentRule, refuseUnknownDepartments } from './import-departments.ts';
import {
  normaliseValueMaps,
  rememberedValueMaps,
  rememberValueMaps,
  ValueMapper,
  type ValueMaps,
  type ValueReport,
} from './value-mapping.ts';
import type { ImportCounts, ImportError } from './row-outcome.ts';

const IMPORT_AUDIT_ACTION: Record<ImportKind, string> = {
  entities: '导入市场主体名录',
  inspectors: '导入执法人员名录',
  conflicts: '导入回避关系',
};

// Twice SQLite's default page cache: the only index an import writes at scattered places is the
// credit code's, about 3 MB per 100,000 entities.
const IMPORT_CACHE_KB = 4 * 1024;

/** The default roster imported entities join when the clerk names none. */
export const DEFAULT_ROSTER = '市场主体名录';

export interface ImportRequest extends ReadRequest {
  kind: ImportKind;
  /** Column index per field, as the clerk confirmed it. */
  columns: Record<string, number>;
  roster?: string | undefined;
  acceptFlagged?: boolean | undefined;
  /**
   * The clerk's choices of stored value per written value, for this import (the value step or
   * `--map-values`); they win over remembered choices and the built-in synonyms, and are
   * remembered when the import is committed.
   */
  valueMaps?: ValueMaps | undefined;
  /** Where valueMaps came from, for messages (a --map-values file). */
  valueMapsSource?: string | undefined;
  /**
   * Inspectors only: the department the list is imported for (1 = 本局). It is the 所属部门 of every
   * row without one (no 所属部门 column, or a blank cell).
   */
  departmentId?: number | undefined;
  /** Preview: everything is done inside a transaction that is then rolled back. */
  dryRun: boolean;
}

export interface ImportProgress {
  rows: number;
  rowsPerSecond: number;
}

export interface ImportResult {
  kind: ImportKind;
  fileName: string;
  sheet: string;
  dryRun: boolean;
  headers: string[];
  counts: ImportCounts;
  errors: ImportError[];
  /** Rows imported with a 提示 (the first HINT_ROWS; counts.hinted is exact). */
  hints: ImportError[];
  /** Every enumerated column's distinct values and what each was stored as. */
  values: ValueReport[];
  preview: PreviewRow[];
  elapsedMs: number;
}

export interface ImportHooks {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

/**
 * One import, preview or commit alike: a worker reads the rows while this thread checks them and
 * writes them on a connection of its own, inside one transaction that a preview, a cancel or
 * an error rolls back. So a preview's counts are exactly what the commit will do, and nothing
 * is ever half-written.
 */
export async function runImport(dbPath: string, request: ImportRequest, hooks: ImportHooks = {}): Promise<ImportResult> {
  assertMapped(request);
  const chosen = normaliseValueMaps(request.kind, request.valueMaps ?? {}, request.valueMapsSource ?? '取值对应');
  const started = performance.now();
  if (hooks.signal?.aborted) throw cancelled();
  // Reading starts before the database is opened and backed up, so that the worker's start,
  // loading exceljs and the workbook's shared strings overlap with them.
  const reader = new ReaderThread({ file: request.file, sheet: request.sheet, headerRow: request.headerRow });
  const onAbort = () => reader.fail(cancelled());
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  let db: Db | undefined;
  try {
    db = openDatabase(dbPath);
    db.pragma(`cache_size = -${IMPORT_CACHE_KB}`);
    if (!request.dryRun) await createBackup(db, dbPath, 'import');
    beginWriting(db);
    const writer = writerFor(db, request);
    const tally = new ImportTally(writer, request.acceptFlagged ?? false);
    const departments = request.kind === 'inspectors' ? inspectorDepartmentRule(db, request.departmentId) : undefined;
    const checker = new RowChecker(
      request,
      new ValueMapper(request.kind, rememberedValueMaps(db, request.kind), chosen),
      dayjs().format('YYYY-MM-DD'),
      departments,
    );
    const headers = await pumpRows(reader, checker, tally, started, hooks);
    writer.finish?.();
    // A department nobody has listed is a fault of the whole file, not of one row: the roster of
    // that department would land half. The preview shows each such cell; a commit writes nothing.
    if (!request.dryRun && departments) refuseUnknownDepartments(path.basename(request.file), departments.refused);
    if (request.dryRun) {
      db.exec('ROLLBACK');
    } else {
      rememberColumns(db, request.kind, headerKeyOf(headers), request.columns);
      rememberValueMaps(db, request.kind, chosen);
      appendAudit(db, {
        action: IMPORT_AUDIT_ACTION[request.kind],
        subject: path.basename(request.file),
        details: {
          ...tally.counts,
          roster: request.kind === 'entities' ? request.roster?.trim() || DEFAULT_ROSTER : null,
          ...(request.departmentId !== undefined ? { departmentId: request.departmentId } : {}),
        },
      });
      bumpChangeCounter(db, request.kind === 'conflicts' ? 'inspectors' : request.kind);
      db.exec('COMMIT');
    }
    return {
      kind: request.kind,
      fileName: path.basename(request.file),
      sheet: request.sheet,
      dryRun: request.dryRun,
      headers,
      counts: tally.counts,
      errors: tally.errors,
      hints: tally.hints,
      values: checker.values.report(checker.titles),
      preview: tally.preview,
      elapsedMs: Math.round(performance.now() - started),
    };
  } catch (err) {
    if (db?.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    reader.stop();
    db?.close();
  }
}

function cancelled(): AppError {
  return new AppError('已取消导入，没有写入任何数据。', { cause: 'cancelled' });
}

function assertMapped(request: ImportRequest): void {
  const missing = IMPORT_KINDS[request.kind].specs.filter((s) => s.required && request.columns[s.key] === undefined);
  if (missing.length > 0) {
    throw new AppError(`请先为${missing.map((s) => `“${s.label}”`).join('、')}选择对应的列。`);
  }
}

function beginWriting(db: Db): void {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (err) {
    throw new AppError('数据库正忙（可能另一个导入正在进行），请稍后再试。', { cause: String(err) });
  }
}

function writerFor(db: Db, request: ImportRequest): RowWriter<unknown> {
  const source = path.basename(request.file);
  const unmapped = unmappedFields(
    IMPORT_KINDS[request.kind].specs.map((s) => s.key),
    request.columns,
  );
  if (request.kind === 'entities') {
    return entityImportWriter(db, { roster: request.roster?.trim() || DEFAULT_ROSTER, source, unmapped }) as RowWriter<unknown>;
  }
  if (request.kind === 'inspectors') {
    // The department imported for is said for every row, so no stored department is kept.
    const kept = request.departmentId === undefined ? unmapped : unmapped.filter((key) => key !== 'departmentId');
    return inspectorImportWriter(db, { source, unmapped: kept }) as RowWriter<unknown>;
  }
  return conflictImportWriter(db) as RowWriter<unknown>;
}

/** Checks and writes every batch the reader sends. Resolves with the header row's texts. */
async function pumpRows(
  reader: ReaderThread,
  checker: RowChecker,
  tally: ImportTally,
  started: number,
  hooks: ImportHooks,
): Promise<string[]> {
  const addOutcome = tally.add.bind(tally);
  for (let batch = await reader.next(); batch; batch = await reader.next()) {
    for (let i = 0; i < batch.numbers.length; i++) checker.check({ number: batch.numbers[i]!, cells: batch.cells[i]! }, addOutcome);
    const seconds = (performance.now() - started) / 1000;
    hooks.onProgress?.({ rows: tally.counts.total, rowsPerSecond: Math.round(tally.counts.total / Math.max(seconds, 0.001)) });
    // A turn of the event loop between batches: the batches the reader sent ahead would
    // otherwise be taken one after another without one, and the screen's progress polls and a
    // 取消 would wait for all of them.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (checker.header === null) throw new AppError('没有找到表头行，请重新选择文件。');
  return checker.header;
}
