import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { cli } from '../cli-in-process.ts';
import { tempDir } from '../temp-db.ts';
import { deskDb, emptyDb, reopen } from './cli-desk.ts';

const isPdf = (file: string) => fs.readFileSync(file).subarray(0, 5).toString() === '%PDF-';

describe('shuangsuiji docs notice|sheet|numbers|materials and templates', () => {
  it('prints one entity’s notice with a 文号, lists the 文号, and its record sheet', async () => {
    const { dbPath } = deskDb(2, 4);
    const db = dbPath;
    await cli('--db', db, 'settings', 'set', '联系人', '张建国');
    await cli('--db', db, 'settings', 'set', '联系电话', '0352-1234567');
    await cli(
      '--db',
      db,
      'tasks',
      'create',
      '--name',
      '第一批',
      '--item',
      '1',
      '--roster',
      '测试名录',
      '--count',
      '1',
      '--start',
      '2026-12-01',
    );
    const code = (
      JSON.parse((await cli('--db', db, '--json', 'draw', '2026-001', '--operator', '张', '--witness', '李')).stdout) as {
        selected: { uscc: string; name: string }[];
      }
    ).selected[0]!;
    const dir = tempDir();
    const notice = await cli(
      '--db',
      db,
      'docs',
      'notice',
      '2026-001',
      code.uscc,
      '--out',
      path.join(dir, '通知书.pdf'),
      '--date',
      '2026-12-02',
    );
    expect(notice.stdout).toBe(`已生成 ${code.name} 的检查通知书（大同县市监〔2026〕1号）：${path.join(dir, '通知书.pdf')}\n`);
    expect(isPdf(path.join(dir, '通知书.pdf'))).toBe(true);
    expect((await cli('--db', db, 'docs', 'numbers', '2026-001')).stdout).toBe(
      `大同县市监〔2026〕1号\t2026-12-02\t${code.name}\t检查通知书\n`,
    );
    const sheet = await cli('--db', db, 'docs', 'sheet', '2026-001', code.uscc, '--out', path.join(dir, '记录表.pdf'));
    expect(sheet.code, sheet.stderr).toBe(0);
    expect(isPdf(path.join(dir, '记录表.pdf'))).toBe(true);
  });

  it('materials shows the default list, keeps a task’s own list, and goes back to the default', async () => {
    const { dbPath: db } = deskDb(2, 2);
    await cli('--db', db, 'tasks', 'create', '--name', '第一批', '--item', '1', '--count', '1', '--start', '2026-12-01');
    expect((await cli('--db', db, 'docs', 'materials', '2026-001')).stdout).toMatch(
      /^任务 2026-001 需要准备的资料（默认清单，\d+ 项）：\n  1\. /,
    );
    const set = await cli('--db', db, 'docs', 'materials', '2026-001', '--set', '营业执照副本', '--set', '2. 食品经营许可证');
    expect(set.stdout).toBe('已保存 2026-001 需要准备的资料（本任务自定，2 项）：\n  1. 营业执照副本\n  2. 食品经营许可证\n');
    expect(await invoke(reopen(db), 'docs:materials', { taskId: 1 })).toMatchObject({
      custom: true,
      list: ['营业执照副本', '食品经营许可证'],
    });
    expect((await cli('--db', db, 'docs', 'materials', '2026-001', '--reset')).stdout).toContain('（默认清单，');
  });

  it('templates show|set|reset|preview work on a template by its Chinese name', async () => {
    const db = emptyDb();
    const dir = tempDir();
    const text = (await cli('--db', db, 'templates', 'show', '检查通知书', '--text-only')).stdout;
    expect(text).toContain('【标题】');
    const file = path.join(dir, '通知书模板.txt');
    fs.writeFileSync(file, `\uFEFF${text.replace('【标题】', '【标题】\n')}`);
    expect((await cli('--db', db, 'templates', 'set', '检查通知书', file)).stdout).toBe('已保存检查通知书模板\n');
    expect((await cli('--db', db, 'templates', 'list')).stdout).toContain('检查通知书\tnotice\t已自定');
    fs.writeFileSync(path.join(dir, '坏.txt'), '只有一句话');
    const bad = await cli('--db', db, 'templates', 'set', '检查通知书', path.join(dir, '坏.txt'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^错误：模板开头的“只有一句话”不属于任何部分/);
    const preview = await cli('--db', db, 'templates', 'preview', 'notice', '--out', path.join(dir, '预览.pdf'));
    expect(preview.code, preview.stderr).toBe(0);
    expect(isPdf(path.join(dir, '预览.pdf'))).toBe(true);
    expect((await cli('--db', db, 'templates', 'reset', '检查通知书')).stdout).toBe('已恢复检查通知书的默认模板\n');
    expect((await invoke(reopen(db), 'templates:list', {})).find((t) => t.type === 'notice')!.custom).toBe(false);
    expect((await cli('--db', db, 'templates', 'show', '公告')).stderr).toContain('没有名为“公告”的文书模板。可用的模板：检查通知书、');
  });
});

describe('shuangsuiji plans, backups, info and vocabulary', () => {
  it('plans create|edit|list keep the year’s plan', async () => {
    const db = emptyDb();
    expect((await cli('--db', db, 'plans', 'create', '--year', '2026', '--name', '2026年度抽查计划')).stdout).toBe(
      '已新建年度抽查工作计划 2026年 2026年度抽查计划（id 1）\n',
    );
    expect((await cli('--db', db, 'plans', 'edit', '1', '--doc-no', '大同县市监〔2026〕1号')).code).toBe(0);
    expect((await cli('--db', db, 'plans', 'list')).stdout).toBe('1\t2026\t2026年度抽查计划\t大同县市监〔2026〕1号\t（尚无任务）\n');
    expect((await cli('--db', db, 'plans', 'create', '--year', '2026', '--name', '2026年度抽查计划')).stderr).toContain(
      '--name：该年度已有同名计划',
    );
    expect((await cli('--db', db, 'plans', 'create', '--year', '26', '--name', '别的')).stderr).toContain('--year：年度不能早于 2015');
  });

  it('backups lists what backup wrote; info names the files; vocabulary the fixed words', async () => {
    const db = emptyDb();
    const made = await cli('--db', db, 'backup');
    const file = /^已备份到 (.*)\n$/.exec(made.stdout)![1]!;
    const list = await cli('--db', db, 'backups');
    expect(list.stdout).toMatch(
      new RegExp(`\\t手动\\t[\\d.]+ MB\\t事项 14 · 主体 0 · 人员 0 · 任务 0 · 抽取 0\\t${file.replace(/[.\\\\]/g, '\\$&')}\\n$`),
    );
    expect((await cli('--db', db, 'info')).stdout).toContain(`数据库\t${db}\n`);
    const words = (await cli('--db', db, 'vocabulary')).stdout;
    expect(words).toContain('主体类型\t企业、个体工商户、农民专业合作社、其他\n');
    expect(words).toContain('执法人员状态\t在岗、退休、借调、休假、病休、调离、停用\n');
  });
});
