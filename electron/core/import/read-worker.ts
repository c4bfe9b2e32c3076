import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { quotedFileName } from '../xlsx/file-name.ts';
import { readRawBatches } from './read-rows.ts';
import type { ReaderMessage, ReaderWorkerData } from './reader-thread.ts';

/**
 * The reading side of an import, in its own thread. It puts batches of rows on the rows port
 * and waits for the writer's acknowledgements, so at most a few batches are ever in flight
 * (memory stays flat however long the file).
 */
const { rows, batchesAhead, ...request } = workerData as ReaderWorkerData;
const port = parentPort!;
let inFlight = 0;
let wake: (() => void) | null = null;
port.on('message', (msg: string) => {
  if (msg === 'ack') {
    inFlight -= 1;
    wake?.();
    wake = null;
  }
});

function send(message: ReaderMessage): void {
  rows.postMessage(message);
  port.postMessage('sent');
}

try {
  for await (const batch of readRawBatches(request)) {
    while (inFlight >= batchesAhead) await new Promise<void>((resolve) => (wake = resolve));
    inFlight += 1;
    send(batch);
  }
  send({ done: true });
} catch (err) {
  // The reading code turns every failure it knows into the clerk's message; anything else is
  // still said in Chinese, with the English left to the log.
  const message =
    err instanceof AppError
      ? err.message
      : `读取文件${quotedFileName(request.file)}时出错，没有导入任何数据。请用 Excel 打开确认文件完好后重新导入。`;
  send({ error: message, cause: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
port.close();
rows.close();
