import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { download, startHost, TOKEN, upload } from './preview-harness.ts';

describe('the preview host', () => {
  it('answers contract calls that carry the token', async () => {
    const { http } = await startHost();
    const res = await http({
      method: 'POST',
      path: '/api/items:list',
      headers: { 'X-Api-Token': TOKEN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ search: '有机' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: [{ name: '有机产品认证监督抽查' }] });
  });

  it('refuses calls without the token, with a wrong token, or from a foreign Host or Origin', async () => {
    const { http, port } = await startHost();
    const call = (headers: Record<string, string>) => http({ method: 'POST', path: '/api/items:list', headers, body: '{}' });
    expect((await call({})).status).toBe(401);
    expect((await call({ 'X-Api-Token': 'wrong' })).status).toBe(401);
    expect((await call({ 'X-Api-Token': TOKEN, Host: `evil.example:${port}` })).status).toBe(403);
    expect((await call({ 'X-Api-Token': TOKEN, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('takes uploads into its own folder and serves back only files from there', async () => {
    const { port, transfers } = await startHost();
    const up = await upload(port, '../清单.xlsx', 'data');
    expect(up.path!.startsWith(transfers.root)).toBe(true);
    expect(path.basename(up.path!)).toBe('清单.xlsx');
    expect(await download(port, up.path!)).toMatchObject({ status: 200, body: 'data' });
    expect((await download(port, '/etc/passwd')).status).toBe(404);
  });

  it('serves the renderer for any page path without a token', async () => {
    const { http } = await startHost();
    const res = await http({ path: '/items' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>t</title>');
  });
});
