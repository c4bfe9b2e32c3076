import type { IncomingMessage, ServerResponse } from 'node:http';

/** A refusal with its HTTP status and the Chinese sentence the clerk reads. */
export class HttpError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

/** A malformed escape (`/%E0%A4%A`) is the sender's mistake: 400, not a server error. */
export function decodeUrlPath(urlPath: string): string {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, '地址格式错误：请检查浏览器地址栏中的地址。');
  }
}

/** Reads a request body, refusing more than `limit` bytes so a stray upload cannot fill memory. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = new HttpError(413, `请求内容过大（不能超过 ${Math.round(limit / 1024 / 1024)} MB）。`);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  // Not `for await`: leaving that loop early destroys the socket, and the 413 would never arrive.
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      reject(tooLarge);
    };
    req.on('data', onData);
    req.once('end', resolve);
    req.once('error', reject);
  });
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
