import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATH_REFUSED } from '../../../electron/api/path-gate.ts';
import { tempDir } from '../temp-db.ts';
import { callApi, download, reserve, startHost, TOKEN, upload } from './preview-harness.ts';

const CSV = '统一社会信用代码,企业名称,住所\n91140200MA0K00001X,大同市某某商贸有限公司,大同县\n';

describe('the preview host takes paths only as transfers it handed out', () => {
  it('refuses a call that names any other path, and writes nothing there', async () => {
    const { port } = await startHost();
    const outside = path.join(tempDir(), 'overwritten.xlsx');
    fs.writeFileSync(outside, 'the clerk’s own file');
    const exported = await callApi(port, 'items:exportXlsx', { path: outside });
    expect(exported).toMatchObject({ ok: false, error: { message: PATH_REFUSED } });
    expect(fs.readFileSync(outside, 'utf8')).toBe('the clerk’s own file');

    const csv = path.join(tempDir(), 'roster.csv');
    fs.writeFileSync(csv, CSV);
    expect(await callApi(port, 'import:inspect', { kind: 'entities', path: csv })).toMatchObject({
      ok: false,
      error: { message: PATH_REFUSED },
    });
  });

  it('refuses `..` out of a transfer and a symbolic link inside one, for reading and for writing', async () => {
    const { port } = await startHost();
    const reserved = await reserve(port, '清单.xlsx');
    const escape = path.join(path.dirname(reserved), '..', '..', 'escaped.xlsx');
    expect(await callApi(port, 'items:exportXlsx', { path: escape })).toMatchObject({ ok: false, error: { message: PATH_REFUSED } });
    const target = path.join(tempDir(), 'target.xlsx');
    fs.writeFileSync(target, 'keep');
    const link = path.join(path.dirname(reserved), 'link.xlsx');
    fs.symlinkSync(target, link);
    expect(await callApi(port, 'items:exportXlsx', { path: link })).toMatchObject({ ok: false, error: { message: PATH_REFUSED } });
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    expect(await callApi(port, 'items:importPreview', { path: link })).toMatchObject({ ok: false, error: { message: PATH_REFUSED } });
  });

  it('runs the same calls on an upload and a reserved path', async () => {
    const { port } = await startHost();
    const up = await upload(port, 'roster.csv', CSV);
    expect(await callApi(port, 'import:inspect', { kind: 'entities', path: up.path })).toMatchObject({ ok: true });
    const reserved = await reserve(port, '清单.xlsx');
    expect(await callApi(port, 'items:exportXlsx', { path: reserved })).toMatchObject({ ok: true, data: { path: reserved } });
    expect((await download(port, reserved)).status).toBe(200);
  });

  it('refuses to download a symbolic link in the transfer folder, whether it leads out or not', async () => {
    const { port } = await startHost();
    const reserved = await reserve(port, 'x.txt');
    const toPasswd = path.join(path.dirname(reserved), 'passwd');
    fs.symlinkSync('/etc/passwd', toPasswd);
    const res = await download(port, toPasswd);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('root:');
    const up = await upload(port, 'a.csv', CSV);
    const toUpload = path.join(path.dirname(reserved), 'again.csv');
    fs.symlinkSync(up.path!, toUpload);
    expect((await download(port, toUpload)).status).toBe(404);
    const dirLink = path.join(path.dirname(reserved), 'etc');
    fs.symlinkSync('/etc', dirLink);
    expect((await download(port, path.join(dirLink, 'passwd'))).status).toBe(404);
  });

  it('gives `.`, `..`, an empty name and a device name a safe file name in a fresh folder', async () => {
    const { port, transfers } = await startHost();
    for (const name of ['..', '.', '', '...', '../..', 'con.pdf', ' . ']) {
      const reserved = await reserve(port, name);
      expect(path.dirname(path.dirname(reserved))).toBe(transfers.root);
      expect(path.basename(reserved)).toMatch(/^(file|_con\.pdf)$/);
      expect(fs.existsSync(reserved)).toBe(false);
    }
  });
});

describe('the names the preview host stores files under', () => {
  it('are at most 200 UTF-8 bytes, keep their extension, and lose direction marks', async () => {
    const { port } = await startHost();
    const long = await reserve(port, `${'名'.repeat(100)}.xlsx`);
    expect(Buffer.byteLength(path.basename(long))).toBeLessThanOrEqual(200);
    expect(path.basename(long)).toMatch(/^名+\.xlsx$/);
    const emoji = await reserve(port, `${'😀'.repeat(80)}.pdf`);
    expect(path.basename(emoji)).toMatch(/^(😀)+\.pdf$/u);
    expect(path.basename(await reserve(port, '报告\u202Efdp.exe'))).toBe('报告fdp.exe');
  });
});

describe('the preview host keeps uploads within bounds', () => {
  it('answers 413 in Chinese beyond the upload quota, also for uploads arriving at the same time', async () => {
    const { port } = await startHost({ quotaBytes: 1000, fileBytes: 800 });
    expect((await upload(port, 'a.csv', 'x'.repeat(700))).status).toBe(200);
    const full = await upload(port, 'b.csv', 'x'.repeat(700));
    expect(full.status).toBe(413);
    expect(full.body).toMatch(/临时文件夹已满（上传的文件合计不能超过 1 KB）/);
    const streamed = await upload(port, 'c.csv', 'x'.repeat(700), true);
    expect(streamed.status).toBe(413);

    const { port: fresh } = await startHost({ quotaBytes: 1000, fileBytes: 800 });
    const big = await upload(fresh, 'd.csv', 'x'.repeat(900), true);
    expect(big.status).toBe(413);
    expect(big.body).toMatch(/文件过大：单个文件不能超过 1 KB/);

    const { port: other } = await startHost({ quotaBytes: 1000 });
    const both = await Promise.all([upload(other, 'e.csv', 'x'.repeat(600), true), upload(other, 'f.csv', 'x'.repeat(600), true)]);
    expect(both.map((b) => b.status).sort()).toEqual([200, 413]);
  });

  it('removes an upload once it has gone unused after the call that read it, and not while a job runs', async () => {
    let jobRunning = false;
    const { port, transfers } = await startHost({ quotaBytes: 1000, idleMs: 60_000, busy: () => jobRunning });
    const up = await upload(port, 'roster.csv', CSV.repeat(4));
    expect(await callApi(port, 'import:inspect', { kind: 'entities', path: up.path })).toMatchObject({ ok: true });
    transfers.sweep(Date.now() + 30_000);
    expect(fs.existsSync(up.path!)).toBe(true);
    jobRunning = true;
    transfers.sweep(Date.now() + 61_000);
    expect(fs.existsSync(up.path!)).toBe(true);
    jobRunning = false;
    transfers.sweep(Date.now() + 61_000);
    expect(fs.existsSync(up.path!)).toBe(false);
    expect(fs.existsSync(path.dirname(up.path!))).toBe(false);
    expect((await download(port, up.path!)).status).toBe(404);
    expect(await callApi(port, 'import:inspect', { kind: 'entities', path: up.path })).toMatchObject({
      ok: false,
      error: { message: PATH_REFUSED },
    });
    // Its room in the quota is free again.
    expect((await upload(port, 'next.csv', 'x'.repeat(900))).status).toBe(200);
  });

  it('writes an upload to disk as it arrives, holding no more than a chunk of it in memory', async () => {
    const { port, transfers } = await startHost();
    const mb = Buffer.alloc(1024 * 1024, 'x');
    const answer = new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/files/upload?name=big.csv', headers: { 'X-Api-Token': TOKEN } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(mb);
      req.write(mb);
      // The body is not finished, yet both megabytes are already in the file.
      const written = () =>
        fs
          .readdirSync(transfers.root)
          .map((d) => path.join(transfers.root, d))
          .flatMap((d) => fs.readdirSync(d).map((f) => fs.statSync(path.join(d, f)).size));
      const giveUp = setTimeout(
        () => (clearInterval(poll), req.destroy(), reject(new Error('nothing on disk before the body ended'))),
        5000,
      );
      const poll = setInterval(() => {
        if ((written()[0] ?? 0) < 2 * mb.length) return;
        clearInterval(poll);
        clearTimeout(giveUp);
        req.end(mb);
      }, 10);
    });
    expect(await answer).toBe(200);
  });

  it('removes the partial file of a refused upload', async () => {
    const { port, transfers } = await startHost({ quotaBytes: 1000, fileBytes: 800 });
    expect((await upload(port, 'big.csv', 'x'.repeat(5000), true)).status).toBe(413);
    expect(fs.readdirSync(transfers.root)).toEqual([]);
  });
});

describe('the preview host answers bad requests in Chinese', () => {
  it('answers a malformed address with 400, not a server error', async () => {
    const { http } = await startHost();
    for (const p of ['/%E0%A4%A', `/api/%E0%A4%A?token=${TOKEN}`]) {
      const res = await http(p.startsWith('/api') ? { method: 'POST', path: p, body: '{}' } : { path: p });
      expect(res.status).toBe(400);
      expect(res.body).toMatch(/地址格式错误/);
    }
  });

  it('answers an 11 MB call body with 413, whether its length is declared or not', async () => {
    const { http } = await startHost();
    for (const chunked of [true, false]) {
      const res = await http({
        method: 'POST',
        path: '/api/items:list',
        headers: { 'X-Api-Token': TOKEN, 'Content-Type': 'application/json' },
        body: JSON.stringify({ search: 'x'.repeat(11 * 1024 * 1024) }),
        chunked,
      });
      expect(res.status).toBe(413);
      expect(res.body).toMatch(/请求内容过大/);
    }
  });

  it('forbids framing on every answer, keeping the renderer’s own policy', async () => {
    const { http, port } = await startHost();
    const up = await upload(port, 'a.csv', CSV);
    const answers = await Promise.all([
      http({ path: '/' }),
      http({ path: '/%E0%A4%A' }),
      http({ method: 'POST', path: '/api/items:list', headers: { 'X-Api-Token': TOKEN }, body: '{}' }),
      http({ method: 'POST', path: '/api/items:list', body: '{}' }),
      download(port, up.path!),
      http({ path: `/files/nothing?token=${TOKEN}` }),
    ]);
    for (const res of answers) {
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    }
    expect(answers[0]!.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self';.*; frame-ancestors 'none'$/);
  });
});
