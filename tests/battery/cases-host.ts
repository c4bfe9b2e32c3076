import fs from 'node:fs';
import path from 'node:path';
import type { Case, CaseTools } from './battery-case.ts';
import { SEED_ENTITIES, uscc } from './data.ts';
import { sleep } from './harness.ts';
import { answerMessage, answerOk, PreviewHost, type HttpAnswer, type RawRequest } from './preview.ts';
import type { Recorder } from './verdict.ts';

/** Categories 9 (two processes writing) and 11 (the preview host under hostile requests). */

const pad = (n: number) => String(n).padStart(2, '0');

async function startHost(t: CaseTools, db: string, rec: Recorder): Promise<PreviewHost | null> {
  const host = await PreviewHost.start(db, t.fx.env);
  if (host instanceof PreviewHost) return host;
  rec.problem(`BATTERY SETUP: the preview host did not start (exit ${host.code}): ${host.output.slice(0, 300)}`);
  return null;
}

function logAnswer(rec: Recorder, label: string, a: HttpAnswer): void {
  rec.log(`${label} → ${a.error ? `transport error ${a.error}` : `HTTP ${a.status}`}: ${a.text.slice(0, 300)}`);
}

// ---------------------------------------------------------------------------------------------
// 9. Writes from the preview host while the CLI runs a long import

interface Write {
  call: string;
  input: (ids: number[]) => unknown;
}

const WRITES: Write[] = [
  { call: 'settings:save', input: () => ({ contactName: '并发测试一' }) },
  { call: 'results:set', input: (ids) => ({ taskId: 1, entityIds: [ids[0]], result: { codes: ['1'], inspectedOn: today() } }) },
  { call: 'tasks:save', input: () => ({ task: { name: '并发新建任务', itemIds: [1], count: 2 } }) },
  { call: 'inspectors:save', input: () => ({ inspector: { name: '并发人员', certNo: '14029998', certExpiry: '2099-12-31' } }) },
  { call: 'entities:save', input: () => ({ entity: { code: uscc('92140228MA', 1), name: '大同县并发新增商店' } }) },
  { call: 'docs:saveMaterials', input: () => ({ taskId: 1, list: ['营业执照副本', '从业人员健康证明'] }) },
  { call: 'settings:save', input: () => ({ contactPhone: '0352-7654321' }) },
  {
    call: 'results:set',
    input: (ids) => ({ taskId: 1, entityIds: ids.slice(1, 3), result: { codes: ['A'], findings: '并发写入的发现问题' } }),
  },
  { call: 'conflicts:declare', input: () => ({ inspectorId: 1, entityCode: SEED_ENTITIES[19]!.code, reason: '近亲属任该企业负责人' }) },
  { call: 'settings:save', input: () => ({ publicationDays: 15 }) },
];

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The CLI imports the large roster again and again (each import holds the write lock while it
 * reads its rows) until the host has made its ten writes, one after another as the page would.
 * A write made while no import process was in its writing phase is marked as such.
 */
const contentionGroup: Case = {
  category: 9,
  id: 'contention',
  title: 'ten writes from the preview host during long CLI imports',
  heavy: true,
  quick: true,
  group: true,
  async run(t) {
    const db = t.copyDb();
    const host = await startHost(t, db, t.rec);
    if (!host) return;
    try {
      const listed = await host.call('results:list', { taskId: t.fx.taskId });
      const ids = ((listed.json as { data?: { entityId: number }[] } | undefined)?.data ?? []).map((r) => r.entityId);
      if (ids.length < 3) return t.rec.problem(`BATTERY SETUP: results:list gave ${listed.text.slice(0, 200)}`);
      const importRec = t.sub('the-imports', `the ${t.fx.bigForContentionRows}-row CLI imports themselves end cleanly`);
      const backups = path.join(t.dir, 'backups');
      const importBackups = () =>
        new Set(fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => f.includes('import') && !f.includes('.partial')) : []);
      let stop = false;
      let writing = false; // an import process is running and has made its backup (it holds the lock)
      let runs = 0;
      const loop = (async () => {
        while (!stop && runs < 30) {
          const before = importBackups();
          runs++;
          await t.cli(db, ['--json', 'entities', 'import', t.fx.bigForContention], 'ok', {
            rec: importRec,
            label: `import #${runs}`,
            timeoutMs: 120_000,
            pollMs: 20,
            killWhen: () => {
              writing ||= [...importBackups()].some((f) => !before.has(f));
              return false;
            },
          });
          writing = false;
        }
      })();
      for (const [i, w] of WRITES.entries()) {
        for (let waited = 0; !writing && waited < 30_000; waited += 25) await sleep(25);
        const rec = t.sub(`write-${pad(i + 1)}-${w.call.replace(':', '-')}`, `${w.call} while an import runs`);
        const during = writing;
        const started = Date.now();
        const a = await host.call(w.call, w.input(ids));
        rec.detail('importWritingAtStart', during);
        rec.detail('ms', Date.now() - started);
        logAnswer(rec, `${w.call} (an import ${during ? 'was' : 'was NOT'} writing when it was sent)`, a);
        if (a.error) rec.problem(`no answer: ${a.error}`);
        else if (!answerOk(a)) {
          const msg = answerMessage(a);
          rec.message(msg, w.call);
          rec.check(/请稍后再试/.test(msg), `refused with something other than 请稍后再试: ${msg.slice(0, 120)}`);
        }
        if (!during) rec.detail('note', 'no import was writing when this write was sent: it met no contention');
        await sleep(200);
      }
      stop = true;
      await loop;
      importRec.detail('imports', runs);
      t.rec.check(host.alive(), 'the preview host died');
    } finally {
      await host.stop();
    }
  },
};

// ---------------------------------------------------------------------------------------------
// 11. The preview host

interface HostCheck {
  id: string;
  title: string;
  run(h: PreviewHost, rec: Recorder, t: CaseTools, ctx: HostContext): Promise<void>;
}

interface HostContext {
  outside: string;
  db: string;
}

const PASSWD = /root:[^:\n]*:0:0:/;

/** A refusal: an answer (not a dropped connection), 4xx or ok:false, never 500, in clear Chinese. */
function expectRefused(rec: Recorder, a: HttpAnswer, label: string, statuses?: number[]): void {
  logAnswer(rec, label, a);
  if (a.error) return rec.problem(`${label}: no answer (${a.error})`);
  const accepted = a.status < 300 && (a.json === undefined || (a.json as { ok?: boolean }).ok !== false);
  rec.exitAs(
    !accepted && a.status !== 500 && (!statuses || statuses.includes(a.status)),
    `${label}: HTTP ${a.status}${accepted ? ' accepted' : ''}${statuses ? ` (expected ${statuses.join('/')})` : ''}`,
  );
  rec.message(answerMessage(a), label);
  rec.check(!PASSWD.test(a.text), `${label}: the answer contains /etc/passwd content`);
}

const api = (h: PreviewHost, name: string, input: unknown, headers: Record<string, string> = {}) => h.call(name, input, headers);
const raw = (h: PreviewHost, r: RawRequest) => h.request(r);
const withToken = (h: PreviewHost, p: string) => `${p}${p.includes('?') ? '&' : '?'}token=${encodeURIComponent(h.token)}`;

function outsideWrite(id: string, call: string, input: (t: CaseTools, file: string) => unknown, ext: string): HostCheck {
  return {
    id: `write-outside-${id}`,
    title: `${call} to a path outside the transfer folder`,
    async run(h, rec, t, ctx) {
      const file = path.join(ctx.outside, `${id}${ext}`);
      expectRefused(rec, await api(h, call, input(t, file)), call);
      rec.check(!fs.existsSync(file), `${call} wrote ${file} outside the transfer folder`);
    },
  };
}

function readOutside(id: string, call: string, input: (t: CaseTools) => unknown): HostCheck {
  return {
    id: `read-outside-${id}`,
    title: `${call} of a file outside the transfer folder`,
    async run(h, rec, t) {
      expectRefused(rec, await api(h, call, input(t)), call);
    },
  };
}

function staticTraversal(id: string, p: string): HostCheck {
  return {
    id: `static-${id}`,
    title: `static path traversal ${p}`,
    async run(h, rec) {
      const a = await raw(h, { path: p });
      logAnswer(rec, `GET ${p}`, a);
      rec.check(!a.error, `no answer: ${a.error}`);
      rec.check(!PASSWD.test(a.text), 'served /etc/passwd');
      rec.check(!/"name":\s*"shuangsuiji"/.test(a.text), 'served package.json from outside the renderer folder');
      rec.check(a.status !== 500, 'HTTP 500');
    },
  };
}

function reserveCheck(id: string, name: string): HostCheck {
  return {
    id: `reserve-${id}`,
    title: `/files/reserve?name=${JSON.stringify(name).slice(1, 40)}`,
    async run(h, rec) {
      const a = await raw(h, { method: 'POST', path: withToken(h, `/files/reserve?name=${encodeURIComponent(name)}`) });
      logAnswer(rec, 'reserve', a);
      const p = (a.json as { path?: string } | undefined)?.path;
      if (a.status === 200 && p) {
        const inside = path.dirname(path.dirname(path.resolve(p))) === h.transferRoot;
        rec.check(inside, `reserved ${p}: not a file inside a fresh subfolder of the transfer folder`);
        rec.check(!['.', '..', ''].includes(path.basename(p)), `reserved path ends in "${path.basename(p)}"`);
        rec.check(!fs.existsSync(p) || !fs.statSync(p).isDirectory(), `reserved path ${p} is an existing folder`);
        rec.check(Buffer.byteLength(path.basename(p)) <= 255, `reserved file name is ${Buffer.byteLength(path.basename(p))} bytes`);
      } else expectRefused(rec, a, 'reserve');
    },
  };
}

const HOST_CHECKS: HostCheck[] = [
  // Tokens.
  {
    id: 'no-token',
    title: 'API call without a token',
    run: async (h, rec) =>
      expectRefused(
        rec,
        await raw(h, { method: 'POST', path: '/api/app:info', body: '{}', headers: { 'content-type': 'application/json' } }),
        'no token',
        [401],
      ),
  },
  {
    id: 'wrong-token',
    title: 'API call with a wrong token of the right length',
    run: async (h, rec) =>
      expectRefused(rec, await api(h, 'app:info', {}, { 'x-api-token': h.token.replace(/./g, 'A') }), 'wrong token', [401]),
  },
  {
    id: 'short-token',
    title: 'API call with a short wrong token',
    run: async (h, rec) => expectRefused(rec, await api(h, 'app:info', {}, { 'x-api-token': 'abc' }), 'short token', [401]),
  },
  {
    id: 'empty-token',
    title: 'API call with an empty token header',
    run: async (h, rec) => expectRefused(rec, await api(h, 'app:info', {}, { 'x-api-token': '' }), 'empty token', [401]),
  },
  {
    id: 'download-no-token',
    title: '/files/download without a token',
    run: async (h, rec) =>
      expectRefused(
        rec,
        await raw(h, { path: `/files/download?path=${encodeURIComponent(path.join(h.transferRoot, 'x'))}` }),
        'download',
        [401],
      ),
  },
  {
    id: 'token-in-query-control',
    title: 'control: the token in the query string works',
    async run(h, rec) {
      const a = await raw(h, {
        method: 'POST',
        path: withToken(h, '/api/app:info'),
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      logAnswer(rec, 'token in query', a);
      rec.exitAs(answerOk(a), `HTTP ${a.status}: the tokenized URL does not work`);
    },
  },
  // Host and Origin.
  {
    id: 'host-evil',
    title: 'Host: evil.example (DNS rebinding)',
    run: async (h, rec) => expectRefused(rec, await api(h, 'app:info', {}, { host: `evil.example:${h.port}` }), 'Host', [403]),
  },
  {
    id: 'host-other-port',
    title: 'Host: 127.0.0.1 with another port',
    run: async (h, rec) => expectRefused(rec, await api(h, 'app:info', {}, { host: `127.0.0.1:${h.port + 1}` }), 'Host', [403]),
  },
  {
    id: 'origin-evil',
    title: 'Origin: http://evil.example',
    run: async (h, rec) => expectRefused(rec, await api(h, 'app:info', {}, { origin: 'http://evil.example' }), 'Origin', [403]),
  },
  {
    id: 'origin-null',
    title: 'Origin: null (sandboxed frame, file://)',
    run: async (h, rec) => expectRefused(rec, await api(h, 'app:info', {}, { origin: 'null' }), 'Origin', [403]),
  },
  {
    id: 'origin-https',
    title: 'Origin: https://127.0.0.1:port (other scheme)',
    run: async (h, rec) => expectRefused(rec, await api(h, 'app:info', {}, { origin: `https://127.0.0.1:${h.port}` }), 'Origin', [403]),
  },
  {
    id: 'origin-suffix',
    title: 'Origin: http://127.0.0.1:port.evil.example',
    run: async (h, rec) =>
      expectRefused(rec, await api(h, 'app:info', {}, { origin: `http://127.0.0.1:${h.port}.evil.example` }), 'Origin', [403]),
  },
  // Arbitrary paths through the API.
  outsideWrite('items-xlsx', 'items:exportXlsx', (_t, f) => ({ path: f }), '.xlsx'),
  {
    id: 'write-outside-overwrite',
    title: 'items:exportXlsx over an existing file outside the transfer folder',
    async run(h, rec, _t, ctx) {
      const decoy = path.join(ctx.outside, 'passwd');
      fs.writeFileSync(decoy, 'root:x:0:0:root:/root:/bin/bash\n');
      expectRefused(rec, await api(h, 'items:exportXlsx', { path: decoy }), 'items:exportXlsx');
      rec.check(fs.readFileSync(decoy, 'utf8').startsWith('root:x:0:0'), 'the existing file outside the transfer folder was overwritten');
    },
  },
  outsideWrite('items-pdf', 'items:exportPdf', (_t, f) => ({ path: f }), '.pdf'),
  outsideWrite('entities', 'entities:export', (_t, f) => ({ path: f }), '.xlsx'),
  outsideWrite('publication', 'docs:publication', (t, f) => ({ taskId: t.fx.taskId, path: f }), '.xlsx'),
  outsideWrite('backup', 'backup:create', (_t, f) => ({ path: f }), '.db'),
  outsideWrite('stats', 'stats:export', (_t, f) => ({ path: f }), '.xlsx'),
  outsideWrite('pool', 'draws:exportPool', (t, f) => ({ id: t.fx.drawId, path: f }), '.csv'),
  outsideWrite('template', 'import:template', (_t, f) => ({ kind: 'entities', path: f }), '.xlsx'),
  readOutside('inspect-etc-passwd', 'import:inspect', () => ({ kind: 'entities', path: '/etc/passwd' })),
  readOutside('inspect-roster', 'import:inspect', (t) => ({ kind: 'entities', path: t.fx.seedRoster })),
  readOutside('items-preview-etc-passwd', 'items:importPreview', () => ({ path: '/etc/passwd' })),
  readOutside('results-import-etc-passwd', 'results:import', () => ({ path: '/etc/passwd', dryRun: true })),
  readOutside('restore-outside', 'backup:restore', (t) => ({ file: t.fx.goodBackup })),
  // The transfer folder.
  {
    id: 'download-symlink',
    title: '/files/download of a symlink (in the transfer folder) to /etc/passwd',
    async run(h, rec) {
      const reserved = (await raw(h, { method: 'POST', path: withToken(h, `/files/reserve?name=${encodeURIComponent('清单.xlsx')}`) }))
        .json as { path?: string } | undefined;
      if (!reserved?.path) return rec.problem('BATTERY SETUP: /files/reserve gave no path');
      fs.symlinkSync('/etc/passwd', reserved.path);
      for (const kind of ['download', 'view']) {
        const a = await raw(h, { path: withToken(h, `/files/${kind}?path=${encodeURIComponent(reserved.path)}`) });
        logAnswer(rec, kind, a);
        rec.check(!PASSWD.test(a.text), `/files/${kind} served /etc/passwd through the symlink`);
        if (!PASSWD.test(a.text)) expectRefused(rec, a, kind);
      }
    },
  },
  {
    id: 'download-symlinked-folder',
    title: '/files/download through a symlinked folder in the transfer folder',
    async run(h, rec) {
      const link = path.join(h.transferRoot, 'etc-link');
      fs.symlinkSync('/etc', link);
      const a = await raw(h, { path: withToken(h, `/files/download?path=${encodeURIComponent(path.join(link, 'passwd'))}`) });
      rec.check(!PASSWD.test(a.text), 'served /etc/passwd through a symlinked folder');
      if (!PASSWD.test(a.text)) expectRefused(rec, a, 'download');
    },
  },
  {
    id: 'download-dotdot',
    title: '/files/download of transfer/../../etc/passwd',
    async run(h, rec) {
      const a = await raw(h, {
        path: withToken(h, `/files/download?path=${encodeURIComponent(`${h.transferRoot}/x/../../../../../../etc/passwd`)}`),
      });
      expectRefused(rec, a, 'download');
    },
  },
  {
    id: 'download-prefix-sibling',
    title: "/files/download from a sibling folder sharing the transfer folder's name as prefix",
    async run(h, rec) {
      const sibling = `${h.transferRoot}-evil`;
      fs.mkdirSync(sibling, { recursive: true });
      fs.writeFileSync(path.join(sibling, 'secret.txt'), 'root:x:0:0:secret\n');
      expectRefused(
        rec,
        await raw(h, { path: withToken(h, `/files/download?path=${encodeURIComponent(path.join(sibling, 'secret.txt'))}`) }),
        'download',
      );
      fs.rmSync(sibling, { recursive: true, force: true });
    },
  },
  reserveCheck('dotdot', '..'),
  reserveCheck('dot', '.'),
  reserveCheck('traversal', '../../../../etc/cron.d/x'),
  reserveCheck('empty', ''),
  reserveCheck('nul', '\u0000'),
  reserveCheck('backslash', '..\\..\\x.xlsx'),
  reserveCheck('long', `${'名'.repeat(100)}.xlsx`),
  {
    id: 'upload-dotdot',
    title: '/files/upload?name=.. with a body',
    async run(h, rec) {
      const a = await raw(h, { method: 'POST', path: withToken(h, '/files/upload?name=..'), body: 'x' });
      logAnswer(rec, 'upload', a);
      const p = (a.json as { path?: string } | undefined)?.path;
      if (a.status === 200 && p) {
        rec.check(
          path.dirname(path.dirname(path.resolve(p))) === h.transferRoot && fs.existsSync(p) && fs.statSync(p).isFile(),
          `upload landed at ${p}`,
        );
      } else expectRefused(rec, a, 'upload');
    },
  },
  // Malformed requests.
  {
    id: 'malformed-static',
    title: 'GET /%E0%A4%A (malformed escape)',
    run: async (h, rec) => expectRefused(rec, await raw(h, { path: '/%E0%A4%A' }), 'malformed URL', [400, 404]),
  },
  {
    id: 'malformed-api',
    title: 'POST /api/%E0%A4%A with the token',
    run: async (h, rec) =>
      expectRefused(
        rec,
        await raw(h, { method: 'POST', path: '/api/%E0%A4%A', body: '{}', headers: { 'x-api-token': h.token } }),
        'malformed API name',
        [400, 404],
      ),
  },
  {
    id: 'malformed-query',
    title: '/files/download?path=%E0%A4%A',
    run: async (h, rec) =>
      expectRefused(
        rec,
        await raw(h, { path: `/files/download?path=%E0%A4%A&token=${encodeURIComponent(h.token)}` }),
        'malformed query',
        [400, 404],
      ),
  },
  {
    id: 'body-11mb',
    title: '11 MB JSON body',
    async run(h, rec) {
      const body = JSON.stringify({ search: 'x'.repeat(11 * 1024 * 1024) });
      expectRefused(
        rec,
        await raw(h, {
          method: 'POST',
          path: '/api/items:list',
          body,
          headers: { 'x-api-token': h.token, 'content-type': 'application/json' },
        }),
        '11 MB body',
        [413, 400],
      );
    },
  },
  {
    id: 'invalid-json',
    title: 'a body that is not JSON',
    run: async (h, rec) =>
      expectRefused(
        rec,
        await raw(h, { method: 'POST', path: '/api/app:info', body: '{"a":', headers: { 'x-api-token': h.token } }),
        'invalid JSON',
        [400],
      ),
  },
  {
    id: 'unknown-call',
    title: 'an unknown API call',
    run: async (h, rec) => expectRefused(rec, await api(h, 'nothing:here', {}), 'unknown call'),
  },
  {
    id: 'get-api',
    title: 'GET on an API call',
    run: async (h, rec) => expectRefused(rec, await raw(h, { path: withToken(h, '/api/app:info') }), 'GET /api', [404, 405]),
  },
  {
    id: 'wrong-input-types',
    title: 'API call with wrong input types',
    run: async (h, rec) => expectRefused(rec, await api(h, 'results:set', { taskId: 'x', entityIds: 'all', result: 5 }), 'wrong types'),
  },
  // Framing.
  {
    id: 'frame-headers-index',
    title: 'the page forbids framing (X-Frame-Options: DENY, CSP frame-ancestors)',
    async run(h, rec) {
      const a = await raw(h, { path: '/' });
      rec.log(
        `GET / → HTTP ${a.status}; X-Frame-Options: ${String(a.headers['x-frame-options'] ?? '(none)')}; ` +
          `CSP: ${String(a.headers['content-security-policy'] ?? '(none)')}`,
      );
      const xfo = String(a.headers['x-frame-options'] ?? '');
      const csp = String(a.headers['content-security-policy'] ?? '');
      rec.check(/^deny$/i.test(xfo.trim()), `X-Frame-Options is ${xfo ? JSON.stringify(xfo) : 'missing'}`);
      rec.check(/frame-ancestors\s+'none'|frame-ancestors\s+'self'/.test(csp), `CSP has no frame-ancestors (${csp.slice(0, 80)}…)`);
    },
  },
  {
    id: 'frame-headers-view',
    title: '/files/view of a PDF forbids framing by other sites',
    async run(h, rec) {
      const reserved = (await raw(h, { method: 'POST', path: withToken(h, `/files/reserve?name=${encodeURIComponent('清单.pdf')}`) }))
        .json as { path?: string } | undefined;
      if (!reserved?.path) return rec.problem('BATTERY SETUP: /files/reserve gave no path');
      const made = await api(h, 'items:exportPdf', { path: reserved.path });
      if (!answerOk(made)) return rec.problem(`BATTERY SETUP: items:exportPdf into the transfer folder failed: ${made.text.slice(0, 200)}`);
      const a = await raw(h, { path: withToken(h, `/files/view?path=${encodeURIComponent(reserved.path)}`) });
      rec.log(
        `GET /files/view → HTTP ${a.status}; X-Frame-Options: ${String(a.headers['x-frame-options'] ?? '(none)')}; ` +
          `CSP: ${String(a.headers['content-security-policy'] ?? '(none)')}`,
      );
      const xfo = String(a.headers['x-frame-options'] ?? '');
      const csp = String(a.headers['content-security-policy'] ?? '');
      rec.check(
        /^(deny|sameorigin)$/i.test(xfo.trim()) || /frame-ancestors/.test(csp),
        `no X-Frame-Options / frame-ancestors on /files/view (X-Frame-Options ${xfo || 'missing'})`,
      );
    },
  },
  // Static files.
  staticTraversal('dotdot', '/../../../../../../etc/passwd'),
  staticTraversal('encoded-dots', '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd'),
  staticTraversal('encoded-slashes', '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd'),
  staticTraversal('backslashes', '/assets/..%5c..%5c..%5c..%5c..%5cetc%5cpasswd'),
  staticTraversal('double-slash', '//etc/passwd'),
  staticTraversal('encoded-root', '/%2fetc%2fpasswd'),
  staticTraversal('package-json', '/assets/..%2f..%2f..%2fpackage.json'),
  // Last: would move the host's database.
  {
    id: 'move-database-outside',
    title: 'app:moveDatabase to an arbitrary folder',
    async run(h, rec, _t, ctx) {
      const folder = path.join(ctx.outside, 'moved');
      fs.mkdirSync(folder);
      expectRefused(rec, await api(h, 'app:moveDatabase', { folder }), 'app:moveDatabase');
      rec.check(fs.readdirSync(folder).length === 0, 'the database was copied to an arbitrary folder');
    },
  },
];

const hostGroup: Case = {
  category: 11,
  id: 'preview-host',
  title: 'the preview host under hostile requests',
  quick: true,
  group: true,
  async run(t) {
    const db = t.copyDb();
    const outside = path.join(t.dir, 'outside');
    fs.mkdirSync(outside);
    let host = await startHost(t, db, t.rec);
    if (!host) return;
    try {
      for (const check of HOST_CHECKS) {
        const rec = t.sub(`host-${check.id}`, check.title);
        if (!host || !host.alive()) {
          rec.problem('the preview host had died before this check (restarted)');
          host = await startHost(t, db, rec);
          if (!host) return;
        }
        try {
          await check.run(host, rec, t, { outside, db });
        } catch (err) {
          rec.problem(`BATTERY ERROR: ${String(err)}`);
        }
        await sleep(50);
        if (!host.alive()) rec.problem(`the preview host died (output: ${host.output.slice(-300)})`);
        else {
          const alive = await host.call('app:info', {});
          rec.check(answerOk(alive), `the preview host stopped answering (HTTP ${alive.status} ${alive.error ?? ''})`);
        }
      }
    } finally {
      await host?.stop();
    }
  },
};

export function hostCases(): Case[] {
  return [contentionGroup, hostGroup];
}
