import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { cli } from '../cli-in-process.ts';
import { emptyDb, reopen } from './cli-desk.ts';

describe('shuangsuiji settings, keyed by the 设置 screen’s labels', () => {
  it('list prints each label and value; get prints only the value', async () => {
    const db = emptyDb();
    const list = await cli('--db', db, 'settings', 'list');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.split('\n')).toEqual([
      '单位名称\t大同县市场和质量监督管理局',
      '文号前缀\t大同县市监',
      '联系人\t',
      '联系电话\t',
      '公示期限（工作日）\t20',
      '机关代码\t',
      '',
    ]);
    expect(await cli('--db', db, 'settings', 'get', '文号前缀')).toEqual({ code: 0, stdout: '大同县市监\n', stderr: '' });
  });

  it('set 联系人 张建国 saves it in the database, and get reads it back', async () => {
    const db = emptyDb();
    const set = await cli('--db', db, 'settings', 'set', '联系人', '张建国');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe('已保存：联系人 = 张建国\n');
    expect((await cli('--db', db, 'settings', 'get', '联系人')).stdout).toBe('张建国\n');
    expect((await invoke(reopen(db), 'settings:get', {})).contactName).toBe('张建国');
  });

  it('takes 公示期限 with or without its unit, and checks the value by the same schema as the screen', async () => {
    const db = emptyDb();
    expect((await cli('--db', db, 'settings', 'set', '公示期限', '25')).code).toBe(0);
    expect((await cli('--db', db, 'settings', 'get', '公示期限（工作日）')).stdout).toBe('25\n');
    const bad = await cli('--db', db, 'settings', 'set', '公示期限', 'abc');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('错误：设置项“公示期限（工作日）”不能设为“abc”：公示期限必须是数字\n');
    const prefix = await cli('--db', db, 'settings', 'set', '文号前缀', '大同〔2026〕');
    expect(prefix.stderr).toContain('设置项“文号前缀”不能设为“大同〔2026〕”：文号前缀只写机关代字');
    expect((await invoke(reopen(db), 'settings:get', {})).publicationDays).toBe(25);
  });

  it('an unknown key is refused in Chinese, listing the valid ones', async () => {
    const run = await cli('--db', emptyDb(), 'settings', 'set', '联系人员', '张建国');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '错误：没有名为“联系人员”的设置项。可用的设置项：单位名称、文号前缀、联系人、联系电话、公示期限（工作日）、机关代码。\n',
    );
  });
});
