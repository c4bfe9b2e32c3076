import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { readRawBatches, type ReadRequest } from './read-rows.ts';

/**
 * The reading side of an import, in its own thread. It sends batches of rows and waits for the
 * writer's acknowledgements, so at most a few batches are ever in flight (memory stays flat
 * however long the file).
 */
const MAX_IN_FLIGHT = 3;
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

try {
  for await (const batch of readRawBatches(workerData as ReadRequest)) {
    while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    inFlight += 1;
    port.postMessage(batch);
  }
  port.postMessage({ done: true });
} catch (err) {
  const message = err instanceof AppError ? err.message : `读取文件时出错：${String(err)}`;
  port.postMessage({ error: message, cause: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
port.close();
