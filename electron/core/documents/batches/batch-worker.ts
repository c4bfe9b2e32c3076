import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import { renderBatch, type RenderJob } from './batch-render.ts';

/**
 * A batch of documents rendered in its own thread, so the window stays responsive while 500
 * notices are laid out; it reports progress, and the batch is cancelled by ending the thread.
 */
const port = parentPort!;
try {
  await renderBatch(
    workerData as RenderJob,
    (done) => port.postMessage({ progress: done }),
    () => false,
  );
  port.postMessage({ done: true });
} catch (err) {
  const message = err instanceof AppError ? err.message : '生成文书时遇到意外问题，请查看日志。';
  const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
  // An AppError's English cause names the document and entity; the stack alone would not.
  port.postMessage({ error: message, cause: err instanceof AppError && err.logCause ? err.logCause : stack });
}
port.close();
