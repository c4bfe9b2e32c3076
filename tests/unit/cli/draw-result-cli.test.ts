import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { cli } from '../cli-in-process.ts';
import { tempDir } from '../temp-db.ts';
import { deskDb, reopen, today } from './cli-desk.ts';

/** A desk with one task drawn: 3 entities, 2 inspectors each. */
async function drawnDesk() {
  const desk = deskDb(6, 6);
  const db = desk.dbPath;
  // The period fixes the year in the task's 编号.
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
    '3',
    '--start',
    '2026-12-01',
  );
  const drawn = await cli('--db', db, '--json', 'draw', '2026-001', '--operator', '张操作', '--witness', '李监督');
  expect(drawn.code, drawn.stderr).toBe(0);
  const selected = (JSON.parse(drawn.stdout) as { selected: { uscc: string; name: string }[] }).selected;
  return { db, selected };
}

describe('shuangsuiji draws, results, 公示, statistics and the audit log', () => {
  it('draws list|show give the record by task or number', async () => {
    const { db, selected } = await drawnDesk();
    const list = await cli('--db', db, 'draws', 'list', '2026-001');
    expect(list.stdout).toMatch(/^#1\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\t3 户\t张操作\/李监督\t有效\n$/);
    const show = await cli('--db', db, 'draws', 'show', '2026-001');
    expect(show.stdout).toContain('操作人：张操作　监督人：李监督');
    for (const e of selected) expect(show.stdout).toContain(`${e.uscc}\t${e.name}`);
    expect(show.stdout).toContain('种子来源：一键抽取（程序生成）');
    expect((await cli('--db', db, 'draws', 'show', 'abc')).stderr).toContain('抽取记录编号（或任务编号如 2026-001）应为正整数');
  });

  it('a witnessed draw: start shows the commitment, the 监督人’s digits complete it, abandon and the 核验包 are there too', async () => {
    const { dbPath: db } = deskDb(6, 6);
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
      '2',
      '--start',
      '2026-12-01',
    );
    const first = await cli('--db', db, 'draws', 'start', '2026-001', '--operator', '张操作', '--witness', '李监督');
    const commitment = /承诺值 ([0-9a-f]{64})/.exec(first.stdout)![1]!;
    const abandoned = await cli('--db', db, 'draws', 'abandon', '2026-001', '--operator', '张操作', '--reason', '监督人未到场');
    expect(abandoned.stdout).toContain(`可与承诺值 ${commitment} 核对`);
    const second = await cli('--db', db, '--json', 'draws', 'start', '2026-001', '--operator', '张操作', '--witness', '李监督');
    const open = JSON.parse(second.stdout) as { id: number; commitment: string };
    expect(
      (await cli('--db', db, 'draw', '2026-001', '--operator', '张操作', '--witness', '李监督', '--public-value', 'x')).stderr,
    ).toContain('--public-value 须与监督人随机数一起使用');
    const drawn = await cli(
      '--db',
      db,
      'draw',
      '2026-001',
      '--operator',
      '张操作',
      '--witness',
      '李监督',
      '--witness-digits',
      '381726',
      '--public-value',
      '上证指数 3021.55',
    );
    expect(drawn.code, drawn.stderr).toBe(0);
    const ceremonies = (await cli('--db', db, 'draws', 'ceremonies', '2026-001')).stdout.split('\n').filter(Boolean);
    expect(ceremonies.map((l) => l.split('\t')[3])).toEqual(['已放弃', '已抽取 抽取记录 #1']);
    expect(ceremonies[1]).toContain(open.commitment);
    const record = await invoke(reopen(db), 'draws:get', { id: 1 });
    const file = path.join(tempDir(), '核验包.json');
    expect((await cli('--db', db, 'draw', 'export', '2026-001', '--out', file)).stdout).toBe(
      `已导出核验包（2 户）：${file}\n记录哈希 ${record.hash}\n`,
    );
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { record: { hash: string }; seedParts: unknown };
    expect(pkg.record.hash).toBe(record.hash);
    expect(pkg.seedParts).toMatchObject({
      mode: 'witnessed',
      commitment: open.commitment,
      witnessDigits: '381726',
      publicValue: '上证指数 3021.55',
    });
    const show = (await cli('--db', db, 'draws', 'show', '2026-001')).stdout;
    expect(show).toContain('种子来源：开始抽取的秘密随机数 + 监督人随机数 381726 + 公开随机值“上证指数 3021.55”');
    expect(show).toContain(`承诺值 ${open.commitment}`);
    expect(show).toMatch(new RegExp(`开始抽取 .* 张操作：已放弃，承诺值 ${commitment}，秘密随机数 [0-9a-f]{64}`));
    expect(
      (await cli('--db', db, 'draw', '2026-001', '--operator', '张', '--witness', '李', '--witness-digits', '123456')).stderr,
    ).toContain('已有有效的抽取结果');
  });

  it('draw off a terminal without digits is the plain draw, marked; with --witness-digits it starts and completes at once', async () => {
    const { dbPath: db } = deskDb(6, 6);
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
      '2',
      '--start',
      '2026-12-01',
    );
    await cli(
      '--db',
      db,
      'tasks',
      'create',
      '--name',
      '第二批',
      '--item',
      '2',
      '--roster',
      '测试名录',
      '--count',
      '2',
      '--start',
      '2026-12-01',
    );
    expect((await cli('--db', db, 'draw', '2026-001', '--witness', '李监督')).stderr).toBe(
      '错误：缺少必需的选项 --operator <name>（操作人）\n',
    );
    const plain = await cli('--db', db, 'draw', '2026-001', '--operator', '张操作', '--witness', '李监督');
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('种子来源：一键抽取（未经监督人见证随机数）');
    expect(
      (await cli('--db', db, 'draw', '2026-002', '--operator', '张', '--witness', '李', '--plain', '--witness-digits', '123456')).stderr,
    ).toContain('不能同时使用');
    const once = await cli(
      '--db',
      db,
      'draw',
      '2026-002',
      '--operator',
      '张操作',
      '--witness',
      '李监督',
      '--witness-digits',
      '6 5 4 3 2 1',
    );
    expect(once.code, once.stderr).toBe(0);
    expect(once.stdout).toContain('种子来源：见证抽取');
    const proof = await invoke(reopen(db), 'draws:proof', { id: 2 });
    expect(proof.seedParts).toMatchObject({ mode: 'witnessed', witnessDigits: '654321', publicValue: '' });
  });

  it('at a terminal, shows the commitment first and then asks the 监督人 for his digits and a public value', async () => {
    const { dbPath: db } = deskDb(6, 6);
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
      '2',
      '--start',
      '2026-12-01',
    );
    const said: string[] = [];
    const answers = ['３１４１５９', '03 11 19 24'];
    const terminal = {
      interactive: true,
      say: (line: string) => void said.push(line),
      ask: async (question: string) => (said.push(question), answers.shift()!),
    };
    const ctx = reopen(db);
    const { drawTask } = await import('../../../electron/cli/draw-commands.ts');
    const printed: unknown[] = [];
    const session = {
      open: () => ({ ctx, out: { print: (data: unknown) => void printed.push(data) } }),
      fail: (m: string) => {
        throw new Error(m);
      },
      close: () => {},
    };
    await drawTask(session as never, terminal, '2026-001', { operator: '张操作', witness: '李监督' });
    const proof = await invoke(ctx, 'draws:proof', { id: 1 });
    const commitmentLine = said.findIndex((l) =>
      l.replace(/ /g, '').includes(proof.seedParts.mode === 'witnessed' ? proof.seedParts.commitment : '?'),
    );
    const askedDigits = said.findIndex((l) => l.startsWith('请监督人输入随机数'));
    expect(commitmentLine).toBeGreaterThanOrEqual(0);
    expect(askedDigits).toBeGreaterThan(commitmentLine);
    expect(proof.seedParts).toMatchObject({ mode: 'witnessed', witnessDigits: '314159', publicValue: '03 11 19 24' });
    expect(printed).toHaveLength(1);
  });

  it('audit head gives the chain head; audit verify --anchor finds a printed hash and refuses one it does not know', async () => {
    const { db } = await drawnDesk();
    const head = (await cli('--db', db, 'audit', 'head')).stdout;
    expect(head).toMatch(/^#\d+\t.*\t抽取\t[0-9a-f]{64}\n$/);
    const hash = head.trim().split('\t')[3]!;
    const ok = await cli('--db', db, 'audit', 'verify', '--anchor', hash);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain(`✓ 锚定值 ${hash}`);
    const unknown = await cli('--db', db, 'audit', 'verify', '--anchor', 'f'.repeat(64));
    expect(unknown.code).toBe(3);
    expect(unknown.stdout).toContain(`✗ 锚定值 ${'f'.repeat(64)}`);
  });

  it('results set writes one result for several entities; list shows them; 公示 is stored once all are reviewed', async () => {
    const { db, selected } = await drawnDesk();
    const [a, b, c] = selected.map((e) => e.uscc);
    const out = path.join(tempDir(), '公示.pdf');
    const early = await cli('--db', db, 'publish', '2026-001', '--date', today(), '--out', out);
    expect(early.stderr).toMatch(/^错误：任务 2026-001 还有 3 户的检查结果未审核，不能公示：.+。请录入并审核后再公示。\n$/);
    const bad = await cli('--db', db, 'results', 'set', '2026-001', a!, '--result', '1', '--method', '飞行检查');
    expect(bad.stderr).toContain('--method：核查方式只能是');
    const set = await cli(
      '--db',
      db,
      'results',
      'set',
      '2026-001',
      a!,
      b!,
      '--result',
      '1',
      '--date',
      today(),
      '--method',
      '实地检查',
      '--present-as-team',
      '--actor',
      '王录入',
    );
    expect(set.code, set.stderr).toBe(0);
    await cli('--db', db, 'results', 'set', '2026-001', c!, '--result', '4,A', '--date', today(), '--findings', '未建立台账');
    const rows = await invoke(reopen(db), 'results:list', { taskId: 1 });
    expect(rows.map((r) => [r.code, r.result?.codes])).toEqual(
      expect.arrayContaining([
        [a, ['1']],
        [b, ['1']],
        [c, ['4', 'A']],
      ]),
    );
    expect(rows.find((r) => r.code === a)!.result).toMatchObject({
      methods: ['实地检查'],
      inspectorsPresent: rows.find((r) => r.code === a)!.team.map((t) => t.certNo),
    });
    expect((await cli('--db', db, 'results', 'list', '2026-001')).stdout).toContain(`${c}\t`);
    const desk = reopen(db);
    desk.db.prepare("UPDATE results SET status = '已审核', reviewed_by = '李审核'").run(); // 审核 is results review's (another test)
    desk.db.close();
    const noContact = await cli('--db', db, 'publish', '2026-001', '--date', today(), '--actor', '王公示', '--out', out);
    expect(noContact.stderr).toMatch(
      /^错误：已生成公示 #1（.+，3 户）.*，已保存在数据库中；但文件未能保存：抽查结果公示要打印联系人和联系电话/,
    );
    expect(noContact.stderr).toContain('改正后可用 docs publication 2026-001 --publication 1 --out 文件 再次保存。');
    await cli('--db', db, 'settings', 'set', '联系人', '刘联系');
    await cli('--db', db, 'settings', 'set', '联系电话', '0352-6012345');
    expect((await cli('--db', db, 'docs', 'publication', '2026-001', '--publication', '1', '--out', out)).code).toBe(0);
    const refused = await cli('--db', db, 'publish', '2026-001', '--date', today(), '--out', out);
    expect(refused.stderr).toBe('错误：任务 2026-001 的检查结果已全部公示，没有可公示的检查对象。\n');
    const list = await cli('--db', db, 'publish', 'list', '2026-001');
    expect(list.stderr).toBe('');
    expect(list.stdout).toMatch(
      new RegExp(`^#1\t公示\t${today()}\t3 户\t[0-9a-f]{64}\t王公示\n已公示 3/3 户；已审核待公示 0 户；未审核 0 户；待更正公示 0 户\n$`),
    );
    expect((await cli('--db', db, 'publication', 'list')).stdout).toMatch(
      new RegExp(`^2026-001\\t第一批\\t已录入 3/3\\t.*已公示 ${today()}`),
    );
    // Published: all 3 count, none 完结 (no 后续处置 given).
    const stats = await cli('--db', db, 'stats', '--by', 'task');
    expect(stats.stdout).toMatch(
      /^2026-001 第一批\t基数 \d+\t比例 [\d.]+%\t户数 3\t已录入 3\t已公示 3\t完成率 100\.0%\t完结 0\t完结率 0\.0%\t结果 1:2 4:1 A:1\t/,
    );
    const file = path.join(tempDir(), '统计.xlsx');
    expect((await cli('--db', db, 'stats', 'export', '--out', file)).stdout).toBe(`已导出统计表：${file}（7 个工作表）\n`);
    expect(fs.existsSync(file)).toBe(true);
    expect((await cli('--db', db, 'stats', '--by', '结果')).stderr).toContain('--by 只能是 task 任务');
    const audit = await cli('--db', db, 'audit', 'list', '--limit', '2');
    expect(
      audit.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t').slice(2)),
    ).toEqual([
      ['王公示', '公示', '任务 2026-001'],
      ['—', '检查结果', '任务 2026-001'],
    ]);
  });

  it('results codes set|remove edit the code list; a used code can only be made inactive', async () => {
    const { db, selected } = await drawnDesk();
    expect((await cli('--db', db, 'results', 'codes', 'set', 'H', '违反消防安全规定')).stdout).toBe(
      '已新增结果代码：H\t违反消防安全规定\t属于发现问题\t启用\n',
    );
    await cli('--db', db, 'results', 'set', '2026-001', selected[0]!.uscc, '--result', 'H');
    const remove = await cli('--db', db, 'results', 'codes', 'remove', 'H');
    expect(remove.stderr).toContain('代码 H 已被检查结果使用，不能删除，可设为停用');
    expect((await cli('--db', db, 'results', 'codes', 'set', 'h', '--no-active')).code).toBe(0);
    const codes = await invoke(reopen(db), 'results:codes', {});
    expect(codes.find((c) => c.code === 'H')).toEqual({ code: 'H', label: '违反消防安全规定', problem: true, active: false });
    expect((await cli('--db', db, 'results', 'codes', 'set', 'Z')).stderr).toContain('代码表中还没有 Z，新增时请写出名称');
  });
});
