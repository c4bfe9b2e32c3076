import fs from 'node:fs';
import path from 'node:path';
import { publishAll } from '../publication/publication-fixture.ts';
import { reopen } from '../cli/cli-desk.ts';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { cli } from '../cli-in-process.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';
import { getDraw } from '../../../electron/core/draw/draw-read.ts';
import { drawnTask, renameDrawn } from './doc-fixtures.ts';
import { pdfInfo, readingText } from './poppler.ts';

/** A database file with a drawn task, closed again so the command opens it as an admin would. */
function databaseWithDrawnTask(entities: number, names: string[] = []): { db: string; code: string; names: string[] } {
  const db = path.join(tempDir(), 'cli.db');
  const ctx = openAppContext({ dbPath: db, resourcesDir: RESOURCES_DIR, version: 'test', log: () => {} });
  const { task, draw: drawn } = drawnTask(ctx, { entities });
  renameDrawn(ctx, drawn, names);
  const draw = getDraw(ctx.db, drawn.id);
  ctx.db.close();
  return { db, code: task.code, names: draw.selected.map((e) => e.name) };
}

describe('shuangsuiji docs', () => {
  it('writes notices, the draw record, the record sheets and the 公示, waiting for the batches to finish', async () => {
    const { db, code, names } = databaseWithDrawnTask(4);
    const dir = tempDir();
    const notices = await cli(
      '--db',
      db,
      'docs',
      'notices',
      code,
      '--out',
      path.join(dir, '通知书'),
      '--combined',
      path.join(dir, '通知书.pdf'),
      '--date',
      '2026-11-24',
    );
    expect(notices.code, notices.stderr).not.toBe(0); // the folder does not exist yet
    expect(notices.stderr).toContain('不存在');
    fs.mkdirSync(path.join(dir, '通知书'));
    const again = await cli(
      '--db',
      db,
      '--json',
      'docs',
      'notices',
      code,
      '--out',
      path.join(dir, '通知书'),
      '--combined',
      path.join(dir, '通知书.pdf'),
      '--date',
      '2026-11-24',
    );
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      count: 4,
      files: expect.arrayContaining([expect.stringMatching(/大同县市监〔2026〕1号 .+\.pdf$/)]),
    });
    expect(fs.readdirSync(path.join(dir, '通知书'))).toHaveLength(4);
    expect(readingText(path.join(dir, '通知书.pdf'))).toContain(names[0]!);

    const record = await cli('--db', db, 'docs', 'record', code, '--out', path.join(dir, '抽取记录.pdf'));
    expect(record).toMatchObject({ code: 0, stdout: expect.stringContaining('已生成随机抽取记录') });
    expect(readingText(path.join(dir, '抽取记录.pdf'))).toContain('随机抽取记录');

    fs.mkdirSync(path.join(dir, '记录表'));
    expect((await cli('--db', db, 'docs', 'sheets', code, '--out', path.join(dir, '记录表'))).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, '记录表'))).toHaveLength(4);

    const early = await cli('--db', db, 'docs', 'publication', code, '--out', path.join(dir, '公示.pdf'));
    expect(early.stderr).toContain(`任务 ${code} 还没有公示。`);
    const desk = reopen(db);
    publishAll(desk.db, desk.db.prepare('SELECT id FROM tasks').pluck().get() as number);
    desk.db.close();
    for (const file of ['公示.pdf', '公示.xlsx']) {
      const r = await cli('--db', db, 'docs', 'publication', code, '--out', path.join(dir, file));
      expect(r, file).toMatchObject({ code: 0, stdout: expect.stringContaining('4 户') });
    }
    expect(pdfInfo(path.join(dir, '公示.pdf'))['Page size']).toContain('841.89 x 595.28');
    const bad = await cli('--db', db, 'docs', 'publication', code, '--out', path.join(dir, '公示.txt'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^错误：.*请保存为 \.pdf 或 \.xlsx 文件/);
  });

  it('says in Chinese which entity’s notice cannot be printed, and with --verbose logs where the batch stopped', async () => {
    const name = '大同县无字𰀀商行';
    const { db, code } = databaseWithDrawnTask(3, ['大同县正常商贸有限公司', name]);
    const dir = tempDir();
    const r = await cli('--db', db, '--verbose', 'docs', 'notices', code, '--out', dir, '--date', '2026-11-24');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`错误：无法打印“${name}”名称中的字符“𰀀”（U+30000）：本机没有包含该字的字体。`);
    expect(r.stderr).toMatch(new RegExp(`docs:notices for task \\d+ failed: document 2 \\(entity "${name}"\\)`));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('asks for a folder or a combined file', async () => {
    const { db, code } = databaseWithDrawnTask(2);
    const r = await cli('--db', db, 'docs', 'notices', code);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--out');
  });
});
