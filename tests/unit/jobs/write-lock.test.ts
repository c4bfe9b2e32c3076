import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../../electron/api/dispatch.ts';
import { acquireWriteLock, describeWriteLockHolder, lockFileOf } from '../../../electron/core/jobs/write-lock.ts';
import { rosterRows, ROSTER_HEADER } from '../../bench/roster-workbook.ts';
import { tempContext, tempDir } from '../temp-db.ts';

function rosterCsv(rows: number): string {
  const file = path.join(tempDir(), '名录.csv');
  fs.writeFileSync(file, [ROSTER_HEADER.join(','), ...[...rosterRows(rows)].map((r) => r.join(','))].join('\n'));
  return file;
}

async function startImport(ctx: ReturnType<typeof tempContext>, file: string) {
  const inspection = await invoke(ctx, 'import:inspect', { kind: 'entities', path: file });
  return dispatch(ctx, 'import:start', {
    kind: 'entities',
    path: file,
    sheet: inspection.sheet,
    headerRow: inspection.headerRow,
    columns: inspection.columns,
    dryRun: false,
  });
}

describe('the write lock of long imports', () => {
  it('answers a write of the same window during an import at once, naming the import, and lets it through afterwards', async () => {
    const ctx = tempContext();
    // Long enough that the import still writes when the two calls below come, right after its
    // first batch: about a second here (150,000 rows took four), ample on a machine several times faster.
    const rows = 60_000;
    const started = await startImport(ctx, rosterCsv(rows));
    expect(started.ok).toBe(true);
    const jobId = (started as { data: { id: string } }).data.id;
    while ((await invoke(ctx, 'jobs:get', { jobId })).progress.rows === 0) await new Promise((r) => setTimeout(r, 10));

    const during = await dispatch(ctx, 'settings:save', { contactName: '张建国' });
    expect(during).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^正在导入市场主体名录（本窗口，\d\d:\d\d 开始），请稍后再试。$/) },
    });
    const second = await startImport(ctx, rosterCsv(3));
    expect(second).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^正在导入市场主体名录（本窗口，\d\d:\d\d 开始），请等它完成后再试。$/) },
    });

    expect(await invoke(ctx, 'jobs:wait', { jobId })).toMatchObject({ state: 'done' });
    expect(fs.existsSync(lockFileOf(ctx.dbPath))).toBe(false);
    expect(await dispatch(ctx, 'settings:save', { contactName: '张建国' })).toMatchObject({ ok: true });
    expect((await invoke(ctx, 'entities:query', {})).total).toBe(rows);
  }, 120_000);

  it('lets go of the lock when an import fails, and takes over one left by a killed process', async () => {
    const ctx = tempContext();
    const broken = path.join(tempDir(), '坏.xlsx');
    fs.writeFileSync(broken, 'PK\u0003\u0004 not really a workbook');
    const failed = await dispatch(ctx, 'import:start', {
      kind: 'entities',
      path: broken,
      sheet: 'Sheet1',
      headerRow: 1,
      columns: { code: 0, name: 1 },
      dryRun: false,
    });
    if (failed.ok) await invoke(ctx, 'jobs:wait', { jobId: (failed.data as { id: string }).id });
    expect(fs.existsSync(lockFileOf(ctx.dbPath))).toBe(false);

    // A pid that no longer runs, as a process killed mid-import leaves it.
    const dead = { token: 'x', pid: 2 ** 22 + 17, host: os.hostname(), label: '正在导入市场主体名录', startedAt: new Date().toISOString() };
    fs.writeFileSync(lockFileOf(ctx.dbPath), JSON.stringify(dead));
    expect(describeWriteLockHolder(ctx.dbPath)).toBeNull();
    const started = await startImport(ctx, rosterCsv(5));
    expect(started.ok).toBe(true);
    expect(await invoke(ctx, 'jobs:wait', { jobId: (started as { data: { id: string } }).data.id })).toMatchObject({ state: 'done' });
    expect((await invoke(ctx, 'entities:query', {})).total).toBe(5);
  });

  it('is held by one holder at a time, and released only by its own holder', () => {
    const dbPath = path.join(tempDir(), 'data.db');
    const first = acquireWriteLock(dbPath, '正在导入执法检查人员名录');
    expect(() => acquireWriteLock(dbPath, '正在导入市场主体名录')).toThrow(
      /^正在导入执法检查人员名录（本窗口，\d\d:\d\d 开始），请等它完成后再试。$/,
    );
    first.release();
    const second = acquireWriteLock(dbPath, '正在导入市场主体名录');
    first.release();
    expect(describeWriteLockHolder(dbPath)).toMatch(/^正在导入市场主体名录/);
    second.release();
    expect(describeWriteLockHolder(dbPath)).toBeNull();
  });
});
