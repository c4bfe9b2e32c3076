import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../../electron/web/server.ts';
import { TransferFolder } from '../../../electron/web/transfer-files.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function start() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const transfers = new TransferFolder(path.join(tempDir(), 'transfers'));
  const server = await startPreviewServer({ ctx: tempContext(), token: 'secret-token', rendererDir, transfers, port: 0 });
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, transfers };
}

/** A raw request, so tests can send the Host and Origin headers a browser would not let them set. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the preview host', () => {
  it('answers contract calls that carry the token', async () => {
    const { port } = await start();
    const res = await request(port, {
      method: 'POST',
      path: '/api/items:list',
      headers: { 'X-Api-Token': 'secret-token', 'Content-Type': 'application/json' },
      body: JSON.stringify({ search: '有机' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: [{ name: '有机产品认证监督抽查' }] });
  });

  it('refuses calls without the token, with a wrong token, or from a foreign Host or Origin', async () => {
    const { port } = await start();
    const call = (headers: Record<string, string>) =>
      request(port, { method: 'POST', path: '/api/items:list', headers, body: '{}' });
    expect((await call({})).status).toBe(401);
    expect((await call({ 'X-Api-Token': 'wrong' })).status).toBe(401);
    expect((await call({ 'X-Api-Token': 'secret-token', Host: `evil.example:${port}` })).status).toBe(403);
    expect((await call({ 'X-Api-Token': 'secret-token', Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('takes uploads into its own folder and serves back only files from there', async () => {
    const { port, transfers } = await start();
    const up = await request(port, {
      method: 'POST',
      path: `/files/upload?name=${encodeURIComponent('../清单.xlsx')}`,
      headers: { 'X-Api-Token': 'secret-token' },
      body: 'data',
    });
    const { path: saved } = JSON.parse(up.body) as { path: string };
    expect(saved.startsWith(transfers.root)).toBe(true);
    expect(path.basename(saved)).toBe('清单.xlsx');
    const down = await request(port, { path: `/files/download?token=secret-token&path=${encodeURIComponent(saved)}` });
    expect(down).toEqual({ status: 200, body: 'data' });
    const outside = await request(port, { path: `/files/download?token=secret-token&path=${encodeURIComponent('/etc/passwd')}` });
    expect(outside.status).toBe(404);
  });

  it('serves the renderer for any page path without a token', async () => {
    const { port } = await start();
    const res = await request(port, { path: '/items' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>t</title>');
  });
});
