import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppContext } from '../core/app-context.ts';
import { dispatch } from '../api/dispatch.ts';
import { guardFrames } from './frame-guard.ts';
import { HttpError, decodeUrlPath, readBody, sendJson, sendText } from './http-io.ts';
import { serveStatic } from './static-files.ts';
import { tokenMatches } from './token.ts';
import type { TransferFolder } from './transfer-files.ts';
import { transferGate } from './transfer-gate.ts';

export interface PreviewServerOptions {
  ctx: AppContext;
  token: string;
  rendererDir: string;
  transfers: TransferFolder;
  port: number;
}

const JSON_LIMIT = 10 * 1024 * 1024;

/**
 * The preview host: the built renderer and the same contract over HTTP, on 127.0.0.1 only. Every
 * API and file request must carry this start's token, and a request whose Host or Origin is not
 * this very address is refused, so a web page elsewhere cannot reach the data (DNS rebinding).
 * Paths in calls must be transfers this host handed out (transfer-gate.ts).
 */
export function startPreviewServer(options: PreviewServerOptions): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    guardFrames(res);
    handle(options, server, req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (err instanceof HttpError) return sendText(res, err.status, err.message);
      options.ctx.log(`preview host: ${err instanceof Error ? err.stack : String(err)}`);
      sendText(res, 500, '预览服务出错，请查看终端中的日志。');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve(server));
  });
}

async function handle(o: PreviewServerOptions, server: http.Server, req: IncomingMessage, res: ServerResponse) {
  const port = (server.address() as AddressInfo).port;
  const url = parseUrl(req.url, port);
  if (!sameHost(req, port)) return sendText(res, 403, '拒绝访问：请求来源不是本机预览地址。');
  const isApi = url.pathname.startsWith('/api/') || url.pathname.startsWith('/files/');
  if (!isApi) return serveStatic(res, o.rendererDir, url.pathname);
  const given = req.headers['x-api-token']?.toString() ?? url.searchParams.get('token');
  if (!tokenMatches(o.token, given)) return sendText(res, 401, '访问令牌无效：请使用启动预览时终端里显示的地址打开。');

  if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
    return callApi(o, req, res, decodeUrlPath(url.pathname.slice('/api/'.length)));
  }
  const fileName = url.searchParams.get('name') ?? 'file';
  if (req.method === 'POST' && url.pathname === '/files/upload') {
    return sendJson(res, 200, { path: await o.transfers.receive(fileName, req) });
  }
  if (req.method === 'POST' && url.pathname === '/files/reserve') {
    return sendJson(res, 200, { path: o.transfers.reserve(fileName) });
  }
  const file = url.searchParams.get('path') ?? '';
  if (req.method === 'GET' && url.pathname === '/files/download') return o.transfers.send(res, file, 'attachment');
  if (req.method === 'GET' && url.pathname === '/files/view') return o.transfers.send(res, file, 'inline');
  return sendText(res, 404, '没有这个地址。');
}

async function callApi(o: PreviewServerOptions, req: IncomingMessage, res: ServerResponse, name: string) {
  const body = await readBody(req, JSON_LIMIT);
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return sendJson(res, 400, { ok: false, error: { message: '请求格式错误（不是 JSON）。' } });
  }
  const { gate, release } = transferGate(o.transfers, () => o.ctx.dbPath);
  try {
    return sendJson(res, 200, await dispatch(o.ctx, name, input, gate));
  } finally {
    release();
  }
}

function parseUrl(raw: string | undefined, port: number): URL {
  try {
    return new URL(raw ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    throw new HttpError(400, '地址格式错误：请检查浏览器地址栏中的地址。');
  }
}

function sameHost(req: IncomingMessage, port: number): boolean {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowed.has(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.has(origin.replace(/^http:\/\//, ''));
}
