import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { withFrameAncestors } from './frame-guard.ts';
import { decodeUrlPath, sendText } from './http-io.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; frame-src 'self' blob:; object-src 'self'";

/** Serves the built renderer; any unknown path gets index.html so the app's own routes work. */
export function serveStatic(res: ServerResponse, rootDir: string, urlPath: string): void {
  const index = path.join(rootDir, 'index.html');
  if (!fs.existsSync(index)) {
    sendText(res, 500, `界面尚未构建：找不到 ${index}。请先运行 npm run build:renderer（npm run preview 会自动构建）。`);
    return;
  }
  const wanted = path.normalize(path.join(rootDir, decodeUrlPath(urlPath)));
  const inside = wanted.startsWith(rootDir + path.sep) && fs.existsSync(wanted) && fs.statSync(wanted).isFile();
  const file = inside ? wanted : index;
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file === index ? 'no-store' : 'max-age=3600',
    'Content-Security-Policy': withFrameAncestors(RENDERER_CSP),
    'X-Content-Type-Options': 'nosniff',
  });
  fs.createReadStream(file).pipe(res);
}
