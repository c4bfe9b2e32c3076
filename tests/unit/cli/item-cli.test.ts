import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { cli } from '../cli-in-process.ts';
import { deskDb, emptyDb, reopen } from './cli-desk.ts';

const names = async (db: string) =>
  (await invoke(reopen(db), 'items:list', { includeRetired: true })).map((i) => `${i.seq ?? '停用'} ${i.name}`);

describe('shuangsuiji items add|edit|show|move|retire|restore|delete', () => {
  it('adds an item at a 序号, edits only the options given, and shows it', async () => {
    const db = emptyDb();
    const add = await cli(
      '--db',
      db,
      'items',
      'add',
      '--name',
      '广告经营监督检查',
      '--category',
      '市场监管执法事项',
      '--basis',
      '《广告法》',
      '--seq',
      '2',
    );
    expect(add.stdout).toBe('已新增抽查事项：2　广告经营监督检查\n');
    const edit = await cli('--db', db, 'items', 'edit', '广告经营监督检查', '--level', '重点', '--ratio', '5');
    expect(edit.code, edit.stderr).toBe(0);
    const item = (await invoke(reopen(db), 'items:list', {})).find((i) => i.name === '广告经营监督检查')!;
    expect(item).toMatchObject({ seq: 2, level: '重点', ratio: 5, basis: '《广告法》', category: '市场监管执法事项' });
    const show = await cli('--db', db, 'items', 'show', '2');
    expect(show.stdout.split('\n').slice(0, 3)).toEqual([
      '2　广告经营监督检查',
      '  事项类别：市场监管执法事项　事项级别：重点　抽查比例：5%',
      '  检查依据：《广告法》',
    ]);
  });

  it('moves, retires (no 序号), restores at the end and deletes an unused item', async () => {
    const db = emptyDb();
    await cli('--db', db, 'items', 'add', '--name', '新事项', '--category', '其它行政执法事项');
    expect((await names(db)).at(-1)).toBe('15 新事项');
    expect((await cli('--db', db, 'items', 'move', '15', '1')).stdout).toBe('已把“新事项”移到序号 1\n');
    expect((await names(db))[0]).toBe('1 新事项');
    expect((await cli('--db', db, 'items', 'retire', '1')).stdout).toBe('已停用抽查事项“新事项”\n');
    expect(await names(db)).toContain('停用 新事项');
    expect((await names(db))[0]).toBe('1 产品质量监督抽查');
    expect((await cli('--db', db, 'items', 'restore', '新事项')).stdout).toBe('已恢复抽查事项：15　新事项\n');
    expect((await cli('--db', db, 'items', 'delete', '新事项')).stdout).toBe('已删除抽查事项“新事项”\n');
    expect(await names(db)).toHaveLength(14);
  });

  it('refuses in Chinese: a missing name, a wrong category, an unknown item, a referenced item', async () => {
    const { dbPath } = deskDb();
    expect((await cli('--db', dbPath, 'items', 'add', '--name', 'x')).stderr).toContain('错误：缺少必需的选项 --category <text>');
    expect((await cli('--db', dbPath, 'items', 'add', '--name', 'x', '--category', '其他')).stderr).toContain(
      '--category：事项类别只能是：市场监管执法事项、其它行政执法事项',
    );
    expect((await cli('--db', dbPath, 'items', 'edit', '99', '--level', '重点')).stderr).toContain('没有序号或名称为“99”的抽查事项');
    expect((await cli('--db', dbPath, 'items', 'move', '3', 'abc')).stderr).toContain('序号必须是数字');
    await cli('--db', dbPath, 'tasks', 'create', '--name', '引用事项 1', '--item', '1', '--count', '1');
    const used = await cli('--db', dbPath, 'items', 'delete', '1');
    expect(used.code).toBe(1);
    expect(used.stderr).toContain('已被抽查任务或检查记录引用，不能删除');
    expect(await names(dbPath)).toHaveLength(14);
  });
});
