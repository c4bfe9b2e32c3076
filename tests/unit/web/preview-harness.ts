import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { startPreviewServer } from '../../../electron/web/server.ts';
import { TransferFolder, type TransferLimits } from '../../../electron/web/transfer-files.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { afterThisTest } from '../test-cleanup.ts';

export const TOKEN = 'secret-token';

/** A real preview host on a free port, over a fresh database and its own transfer folder. */
export async function startHost(options: Partial<TransferLimits> & { busy?: () => boolean } = {}) {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const transfers = new TransferFolder(path.join(tempDir(), 'transfers'), options);
  const ctx: AppContext = tempContext();
  const server = await startPreviewServer({ ctx, token: TOKEN, rendererDir, transfers, port: 0 });
  afterThisTest(() => server.close());
  const port = (server.address() as AddressInfo).port;
  return { port, transfers, ctx, http: (o: RequestOptions) => request(port, o) };
}

export interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks without a Content-Length, as a streaming browser would. */
  chunked?: boolean;
}

export interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw request, so tests can send the Host and Origin headers a browser would not let them set. */
export function request(port: number, options: RequestOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.chunked && options.body) {
      const data = Buffer.from(options.body);
      for (let at = 0; at < data.length; at += 256) req.write(data.subarray(at, at + 256));
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

/** A contract call over HTTP with the token, as the page makes it. */
export async function callApi(port: number, name: string, input: unknown) {
  const res = await request(port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'X-Api-Token': TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return {
    status: res.status,
    ...(JSON.parse(res.body) as { ok: boolean; data?: unknown; error?: { message: string; fields?: Record<string, string> } }),
  };
}

/** Uploads `body` as `name`; the answer's path is where the host keeps it. */
export async function upload(port: number, name: string, body: string | Buffer, chunked = false) {
  const res = await request(port, {
    method: 'POST',
    path: `/files/upload?name=${encodeURIComponent(name)}`,
    headers: { 'X-Api-Token': TOKEN },
    body,
    chunked,
  });
  return { ...res, path: res.status === 200 ? (JSON.parse(res.body) as { path: string }).path : null };
}

export async function reserve(port: number, name: string): Promise<string> {
  const res = await request(port, {
    method: 'POST',
    path: `/files/reserve?name=${encodeURIComponent(name)}`,
    headers: { 'X-Api-Token': TOKEN },
  });
  return (JSON.parse(res.body) as { path: string }).path;
}

export function download(port: number, file: string) {
  return request(port, { path: `/files/download?token=${TOKEN}&path=${encodeURIComponent(file)}` });
}
