import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { quotedFileName } from '../xlsx/file-name.ts';
import type { RawBatch, ReadRequest } from './read-rows.ts';
import { workerFile } from '../files/worker-file.ts';

// The reader keeps about 30 MB alive (exceljs's shared strings) but churns through gigabytes.
// The young generation is what grows with that churn: unbounded, V8 lets the worker pass 400 MB,
// and 48 MB keeps a 100,000-row import near 250 MB. The old generation is left roomy on
// purpose: V8 collects far more eagerly as it nears its cap, and at 192 MB the reader's garbage
// collection alone took as much processor time as its parsing. The cap still turns a runaway
// file into a clear message rather than a crash.
const READER_OLD_MB = 1024;
const READER_YOUNG_MB = 48;

/**
 * Batches the reader may send ahead of the writer, about 90 KB each, kept packed until taken.
 * With 3 the reader stalled for 0.1–0.4 s of a 100,000-row import, each time the writer paused
 * (a garbage collection, SQLite spilling its cache), though on average the writer keeps up.
 */
const BATCHES_AHEAD = 16;

/** What the reading worker is given; `rows` is the port its batches come through. */
export interface ReaderWorkerData extends ReadRequest {
  batchesAhead: number;
  rows: MessagePort;
}

/** What comes through the rows port, in file order: batches, then `done` or an error. */
export type ReaderMessage = RawBatch | { done: true } | { error: string; cause: string };

/**
 * The reading worker of one import. It starts as soon as it is made, so that loading exceljs
 * and the workbook's shared strings overlap opening and backing up the database.
 *
 * Batches are taken with `next()`, one at a time, straight off their own port: a listener would
 * have Node unpack every waiting batch at once, and batches that wait unpacked outlive V8's
 * young generation: the writing thread's heap grew from about 65 MB to 100 MB and more.
 */
export class ReaderThread {
  private readonly worker: Worker;
  private readonly rows: MessagePort;
  private readonly file: string;
  private ended = false;
  private exited = false;
  private failure: AppError | null = null;
  private waiting: (() => void) | null = null;

  constructor(request: ReadRequest) {
    this.file = request.file;
    const { port1, port2 } = new MessageChannel();
    this.rows = port1;
    const workerData: ReaderWorkerData = { ...request, batchesAhead: BATCHES_AHEAD, rows: port2 };
    this.worker = new Worker(workerFile(import.meta.url, 'read-worker'), {
      workerData,
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: READER_OLD_MB, maxYoungGenerationSizeMb: READER_YOUNG_MB },
    });
    // The worker says 'sent' after each message it puts on the rows port.
    this.worker.on('message', () => this.wake());
    this.worker.on('error', (err) => {
      const tooBig = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      const message = tooBig
        ? '文件太大，读取时内存不足。请把名录拆成几个较小的文件分别导入。'
        : `读取文件${quotedFileName(request.file)}时出错，没有导入任何数据。请用 Excel 打开确认文件完好后重新导入。`;
      this.fail(new AppError(message, { cause: err.stack ?? String(err) }));
    });
    this.worker.on('exit', () => {
      this.exited = true;
      this.wake();
    });
  }

  /** The next batch in file order; null after the last. Rejects once reading failed or was stopped. */
  async next(): Promise<RawBatch | null> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.ended) return null;
      const received = receiveMessageOnPort(this.rows);
      if (received) {
        const message = received.message as ReaderMessage;
        if ('error' in message) {
          this.fail(new AppError(message.error, { cause: message.cause }));
        } else if ('done' in message) {
          this.ended = true;
        } else {
          this.worker.postMessage('ack');
          return message;
        }
      } else if (this.exited) {
        // Everything it sent has been taken, and it never said it was done.
        this.fail(
          new AppError(`读取文件${quotedFileName(this.file)}时出错（读取线程意外退出），没有导入任何数据。请重新导入。`, {
            cause: 'reader exited early',
          }),
        );
      } else {
        await new Promise<void>((resolve) => (this.waiting = resolve));
      }
    }
  }

  /** Stops reading with this error: a cancel, or a failure on the writing side. */
  fail(error: AppError): void {
    this.failure ??= error;
    this.stop();
    this.wake();
  }

  stop(): void {
    void this.worker.terminate();
    this.rows.close();
  }

  private wake(): void {
    this.waiting?.();
    this.waiting = null;
  }
}
