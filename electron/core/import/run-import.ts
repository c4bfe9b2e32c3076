import path from 'node:path';
import { Worker } from 'node:worker_threads';
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
import type { RawBatch, ReadRequest } from './read-rows.ts';
import { RowChecker } from './row-checker.ts';
import type { ImportCounts, ImportError } from './row-outcome.ts';
import { workerFile } from './worker-file.ts';

const IMPORT_AUDIT_ACTION: Record<ImportKind, string> = { entities: '导入市场主体名录', inspectors: '导入执法人员名录', conflicts: '导入回避关系' };

// The reader keeps about 30 MB alive (exceljs's shared strings) but churns through gigabytes.
// The young generation is what grows with that churn: unbounded, V8 lets the worker pass 400 MB,
// and 48 MB keeps a 100,000-row import near 250 MB. The old generation is left roomy on
// purpose: V8 collects far more eagerly as it nears its cap, and at 192 MB the reader's garbage
// collection alone took as much processor time as its parsing. The cap still turns a runaway
// file into a clear message rather than a crash.
const READER_OLD_MB = 1024;
const READER_YOUNG_MB = 48;
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
  const started = performance.now();
  const db = openDatabase(dbPath);
  db.pragma(`cache_size = -${IMPORT_CACHE_KB}`);
  try {
    if (!request.dryRun) await createBackup(db, dbPath, 'import');
    beginWriting(db);
    const writer = writerFor(db, request);
    const tally = new ImportTally(writer, request.acceptFlagged ?? false);
    const headers = await pumpRows(request, tally, started, hooks);
    writer.finish?.();
    if (request.dryRun) {
      db.exec('ROLLBACK');
    } else {
      rememberColumns(db, request.kind, headerKeyOf(headers), request.columns);
      appendAudit(db, { action: IMPORT_AUDIT_ACTION[request.kind], subject: path.basename(request.file), details: { ...tally.counts, roster: request.kind === 'entities' ? (request.roster?.trim() || DEFAULT_ROSTER) : null } });
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
      preview: tally.preview,
      elapsedMs: Math.round(performance.now() - started),
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    db.close();
  }
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
  if (request.kind === 'entities') {
    return entityImportWriter(db, { roster: request.roster?.trim() || DEFAULT_ROSTER, source }) as RowWriter<unknown>;
  }
  if (request.kind === 'inspectors') return inspectorImportWriter(db, { source }) as RowWriter<unknown>;
  return conflictImportWriter(db) as RowWriter<unknown>;
}

/**
 * Runs the reading worker; every batch it sends is checked and written here. Resolves with the
 * header row's texts.
 */
function pumpRows(request: ImportRequest, tally: ImportTally, started: number, hooks: ImportHooks): Promise<string[]> {
  const readRequest: ReadRequest = { file: request.file, sheet: request.sheet, headerRow: request.headerRow };
  const checker = new RowChecker(request);
  const addOutcome = tally.add.bind(tally);
  const worker = new Worker(workerFile(import.meta.url, 'read-worker'), {
    workerData: readRequest,
    resourceLimits: { maxOldGenerationSizeMb: READER_OLD_MB, maxYoungGenerationSizeMb: READER_YOUNG_MB },
  });
  return new Promise<string[]>((resolve, reject) => {
    const fail = (err: unknown) => {
      void worker.terminate();
      reject(err);
    };
    const onAbort = () => fail(new AppError('已取消导入，没有写入任何数据。', { cause: 'cancelled' }));
    if (hooks.signal?.aborted) return onAbort();
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('error', (err) => {
      const tooBig = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(new AppError(tooBig ? '文件太大，读取时内存不足。请把名录拆成几个较小的文件分别导入。' : `读取文件时出错：${err.message}`, { cause: err.stack ?? String(err) }));
    });
    worker.on('message', (event: RawBatch | { done: true } | { error: string; cause: string }) => {
      try {
        if ('error' in event) return fail(new AppError(event.error, { cause: event.cause }));
        if ('done' in event) {
          hooks.signal?.removeEventListener('abort', onAbort);
          if (checker.header === null) return fail(new AppError('没有找到表头行，请重新选择文件。'));
          return resolve(checker.header);
        }
        for (let i = 0; i < event.numbers.length; i++) checker.check({ number: event.numbers[i]!, cells: event.cells[i]! }, addOutcome);
        // Acknowledge on the next turn of the event loop: Node hands a worker's messages over for as
        // long as they keep coming, so an earlier ack would let the host drain batch after batch
        // without answering the screen's progress polls or a 取消. The reader keeps a few batches
        // in flight, so it still parses ahead meanwhile.
        setImmediate(() => worker.postMessage('ack'));
        const seconds = (performance.now() - started) / 1000;
        hooks.onProgress?.({ rows: tally.counts.total, rowsPerSecond: Math.round(tally.counts.total / Math.max(seconds, 0.001)) });
      } catch (err) {
        fail(err);
      }
    });
  });
}
