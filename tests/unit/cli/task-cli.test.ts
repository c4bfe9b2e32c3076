import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { cli } from '../cli-in-process.ts';
import { deskDb, reopen } from './cli-desk.ts';

// The period's start fixes the year in the 编号, so 2026-001 holds whenever the tests run.
const BASE = ['tasks', 'create', '--name', '2026年第一批抽查', '--item', '1', '--roster', '测试名录', '--start', '2026-12-01'];

describe('shuangsuiji tasks create|edit: every field of the task screen', () => {
  it('sets ratios per 信用风险分类, recusal, no leader, the period, plan, repeat window, overrides and tags', async () => {
    const { dbPath, codes } = deskDb();
    expect((await cli('--db', dbPath, 'plans', 'create', '--year', '2026', '--name', '2026年度计划')).code).toBe(0);
    const run = await cli(
      '--db',
      dbPath,
      '--json',
      ...BASE,
      '--item',
      '3',
      '--ratio',
      '20',
      '--class-ratio',
      'A=5',
      'B=3',
      '--recusal',
      'same-area',
      '--no-leader',
      '--end',
      '2026-12-31',
      '--plan',
      '2026年度计划',
      '--repeat-months',
      '6',
      '--allow-repeat',
      `${codes[0]}=群众举报`,
      '--tags',
      '食品安全、特种设备',
      '--inspectors-per',
      '3',
      '--department',
      '执法稽查科',
      '--filter',
      'area=西坪镇',
    );
    expect(run.stderr).toBe('');
    const { id, code } = JSON.parse(run.stdout) as { id: number; code: string };
    expect(code).toBe('2026-001');
    const task = await invoke(reopen(dbPath), 'tasks:get', { id });
    expect(task).toMatchObject({
      itemIds: [1, 3],
      ratio: 20,
      count: null,
      classRatios: { A: 5, B: 3 },
      sameAreaRecusal: true,
      withLeader: false,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      source: '计划',
      repeatWindowMonths: 6,
      requiredTags: ['食品安全', '特种设备'],
      inspectorsPerEntity: 3,
      department: '执法稽查科',
      filters: { area: ['西坪镇'] },
    });
    expect(task.repeatOverrides).toEqual([expect.objectContaining({ code: codes[0], reason: '群众举报' })]);
    const shown = await cli('--db', dbPath, 'tasks', 'show', '2026-1');
    expect(shown.stdout).toContain('抽取数量：候选数量的 20%（向上取整）；A 类 5%，B 类 3%，其余按 20%');
    expect(shown.stdout).toContain('检查组：每户 3 名执法人员，不设组长，同所回避');
    expect(shown.stdout).toContain('任务来源：年度计划 2026年 2026年度计划');
  });

  it('edit changes only the options given', async () => {
    const { dbPath } = deskDb();
    await cli('--db', dbPath, ...BASE, '--ratio', '50', '--class-ratio', 'A=100', '--no-leader');
    const edit = await cli(
      '--db',
      dbPath,
      'tasks',
      'edit',
      '2026-001',
      '--count',
      '2',
      '--leader',
      '--end',
      '2026-12-20',
      '--roster',
      'none',
    );
    expect(edit.code, edit.stderr).toBe(0);
    expect(edit.stdout).toContain('已修改抽查任务 2026-001');
    const task = await invoke(reopen(dbPath), 'tasks:find', { ref: '2026-001' });
    expect(task).toMatchObject({
      name: '2026年第一批抽查',
      count: 2,
      ratio: null,
      classRatios: {},
      withLeader: true,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-20',
      roster: null,
    });
  });

  it('refuses a bad value in Chinese, naming the option', async () => {
    const { dbPath } = deskDb();
    const refusal = async (...args: string[]) => {
      const run = await cli('--db', dbPath, ...BASE, ...args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^错误：/);
      return run.stderr;
    };
    expect(await refusal('--ratio', '20', '--class-ratio', 'A=5', 'E=3')).toContain('--class-ratio：“E=3”应写成 分类=比例');
    expect(await refusal('--ratio', '20', '--class-ratio', 'A=abc')).toContain('--class-ratio：A 类比例必须是数字');
    expect(await refusal('--count', '5', '--class-ratio', 'A=5')).toContain('--class-ratio：按信用风险分类设定比例时，请按比例抽取');
    expect(await refusal('--count', '5', '--recusal', 'maybe')).toContain('--recusal 只能是 same-area');
    expect(await refusal('--count', '5', '--start', '2026/12/01')).toContain('--start：检查开始日期');
    expect(await refusal('--count', '5', '--start', '2026-12-10', '--end', '2026-12-01')).toContain('--end：检查结束日期不能早于开始日期');
    expect(await refusal('--count', '2.5')).toContain('--count：抽取数量必须是整数');
    expect(await refusal('--count', '5', '--plan', '没有的计划')).toContain('--plan：没有 id 或名称为“没有的计划”的年度计划');
    expect((await invoke(reopen(dbPath), 'tasks:list', {})).length).toBe(0);
  });

  it('refuses more than 10 inspectors per entity, saying the limit and why', async () => {
    const { dbPath } = deskDb();
    const run = await cli('--db', dbPath, ...BASE, '--count', '5', '--inspectors-per', '11');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '错误：请检查选项：\n  --inspectors-per：每户执法人员不能超过 10 名：规定只要求每户至少 2 名，没有上限；10 名是本程序为拦住输错的数字（如把 2 打成 20）而设的上限\n',
    );
  });

  it('pool shows the candidates and what each class will give; delete removes an undrawn task', async () => {
    const { dbPath } = deskDb(8, 6);
    await cli('--db', dbPath, ...BASE, '--ratio', '50', '--class-ratio', 'A=100');
    const pool = await cli('--db', dbPath, 'tasks', 'pool', '2026-001');
    expect(pool.stdout).toContain('任务 2026-001 候选市场主体 8 户');
    // 8 entities, two per class: A all (2), B, C, D half (1 each).
    expect(pool.stdout).toContain('将抽取 5 户：A 类 2 户，B 类 1 户，C 类 1 户，D 类 1 户，未分类 0 户');
    expect(pool.stdout).toContain('可派执法人员 6 名');
    const gone = await cli('--db', dbPath, 'tasks', 'delete', '2026-001');
    expect(gone.stdout).toBe('已删除抽查任务 2026-001「2026年第一批抽查」\n');
    expect(await invoke(reopen(dbPath), 'tasks:list', {})).toEqual([]);
  });
});
