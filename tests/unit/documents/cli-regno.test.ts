import fs from 'node:fs';
import path from 'node:path';
import { publishAll } from '../publication/publication-fixture.ts';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { cli } from '../cli-in-process.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';
import { readingText } from './poppler.ts';

/** Older 个体工商户 known only by a 15-digit 注册号, drawn, in a closed database file. */
function regnoDatabase(): { db: string; code: string } {
  const db = path.join(tempDir(), 'cli.db');
  const ctx = openAppContext({ dbPath: db, resourcesDir: RESOURCES_DIR, version: 'test', log: () => {} });
  seedEntities(ctx.db, 2, (i) => ({ code: `14022160000000${i}`, name: `大同县老字号${i}号店`, entityType: '个体工商户' }));
  seedInspectors(ctx.db, 4);
  saveSettings(ctx.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
  const task = makeTask(ctx.db, { count: 2 });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'));
  publishAll(ctx.db, task.id);
  ctx.db.close();
  return { db, code: task.code };
}

describe('documents for an entity with a 15-digit 注册号, from the command line', () => {
  it('the notice, the record sheet and the 公示 call the code 注册号', async () => {
    const { db, code } = regnoDatabase();
    const dir = tempDir();
    const notices = path.join(dir, '通知书.pdf');
    expect((await cli('--db', db, 'docs', 'notices', code, '--combined', notices, '--date', '2026-11-24')).code).toBe(0);
    const noticeText = readingText(notices).replace(/\s+/g, '');
    expect(noticeText).toContain('注册号：140221600000001');
    expect(noticeText).not.toContain('统一社会信用代码：140221600000001');

    fs.mkdirSync(path.join(dir, '记录表'));
    expect((await cli('--db', db, 'docs', 'sheets', code, '--out', path.join(dir, '记录表'))).code).toBe(0);
    const sheet = path.join(dir, '记录表', fs.readdirSync(path.join(dir, '记录表'))[0]!);
    expect(readingText(sheet).replace(/\s+/g, '')).toMatch(/注册号14022160000000\d/);

    const publication = path.join(dir, '公示.pdf');
    expect((await cli('--db', db, 'docs', 'publication', code, '--out', publication)).code).toBe(0);
    expect(readingText(publication).replace(/\s+/g, '')).toContain('统一社会信用代码（注册号）');
  });
});
