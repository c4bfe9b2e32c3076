import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';

/**
 * Streams a request body into a new file, chunk by chunk (a 290 MB upload holds one chunk in
 * memory, not 290 MB). `take(bytes)` is asked before each chunk is written and throws to refuse
 * it; then the rest of the body is read and dropped, so the refusal still reaches the browser.
 */
export function streamToFile(req: IncomingMessage, file: string, take: (bytes: number) => void): Promise<void> {
  const out = fs.createWriteStream(file, { flags: 'wx' });
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      req.off('data', onData);
      req.resume();
      out.once('close', () => reject(err));
      out.destroy();
    };
    const onData = (chunk: Buffer) => {
      try {
        take(chunk.length);
      } catch (err) {
        return fail(err);
      }
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    };
    req.on('data', onData);
    req.once('end', () => failed || out.end());
    req.once('close', () => req.complete || fail(new Error('upload aborted by the browser')));
    req.on('error', fail);
    out.on('error', fail);
    out.once('finish', () => failed || resolve());
  });
}
