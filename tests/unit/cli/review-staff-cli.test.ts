import { describe, expect, it } from 'vitest';
import { cli } from '../cli-in-process.ts';
import { deskDb } from './cli-desk.ts';

/** A desk with task 2026-001 drawn (3 entities), its codes in selection order. */
async function drawnDesk() {
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
    '3',
    '--start',
    '2026-12-01',
  );
  const drawn = await cli('--db', db, '--json', 'draw', '2026-001', '--operator', '张操作', '--witness', '李监督');
  expect(drawn.code, drawn.stderr).toBe(0);
  return { db, codes: (JSON.parse(drawn.stdout) as { selected: { uscc: string }[] }).selected.map((e) => e.uscc) };
}

describe('shuangsuiji staff and results review|return', () => {
  it('staff add|edit|remove|list|signin|current|signout', async () => {
    const { db } = await drawnDesk();
    expect((await cli('--db', db, 'staff', 'list')).stdout).toContain('人员名单为空');
    expect((await cli('--db', db, 'staff', 'add', '张录入', '--enter')).stdout).toBe('已添加：张录入\t录入员\t在用\n');
    expect((await cli('--db', db, 'staff', 'add', '李审核', '--review')).code).toBe(0);
    const none = await cli('--db', db, 'staff', 'add', '赵无');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('请至少选择一个角色（录入员或审核员）');
    expect((await cli('--db', db, 'staff', 'edit', '张录入', '--review')).stdout).toBe('已保存：张录入\t录入员、审核员\t在用\n');
    expect((await cli('--db', db, 'staff', 'signin', '李审核')).stdout).toMatch(/当前登录：李审核（审核员）\n$/);
    expect((await cli('--db', db, 'staff', 'current')).stdout).toContain('李审核');
    expect((await cli('--db', db, 'staff', 'remove', '张录入')).stdout).toBe('已停用：张录入\n');
    expect((await cli('--db', db, 'staff', 'list')).stdout).toBe('李审核\t审核员\t在用\n张录入\t录入员、审核员\t已停用\n');
    expect((await cli('--db', db, 'staff', 'signin', '张录入')).stderr).toBe('错误：“张录入”已停用，不能登录。\n');
    expect((await cli('--db', db, 'staff', 'signout')).stdout).toMatch(/尚未登录\n$/);
  });

  it('results review refuses one’s own entry and reviews all-or-nothing; return needs a reason', async () => {
    const { db, codes } = await drawnDesk();
    await cli('--db', db, 'staff', 'add', '张录入', '--enter', '--review');
    await cli('--db', db, 'staff', 'add', '李审核', '--review');
    const set = await cli('--db', db, 'results', 'set', '2026-001', codes[0]!, codes[1]!, '--result', '1', '--actor', '张录入');
    expect(set.code, set.stderr).toBe(0);
    const own = await cli('--db', db, 'results', 'review', '2026-001', '--codes', `${codes[0]},${codes[1]}`, '--reviewer', '张录入');
    expect(own.code).toBe(1);
    expect(own.stderr).toContain('由张录入本人录入，一人不能审核自己录入的结果');
    const missing = await cli('--db', db, 'results', 'review', '2026-001', '--codes', `${codes[0]},${codes[2]}`, '--reviewer', '李审核');
    expect(missing.stderr).toContain('尚未录入检查结果');
    expect((await cli('--db', db, 'results', 'review', '2026-001', '--reviewer', '李审核')).stderr).toContain('--all');
    await cli('--db', db, 'staff', 'signin', '李审核');
    const all = await cli('--db', db, 'results', 'review', '2026-001', '--all');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/^李审核 已审核任务 2026-001 的 2 户检查结果：/);
    const noReason = await cli('--db', db, 'results', 'return', '2026-001', codes[0]!, '--reviewer', '李审核');
    expect(noReason.code).toBe(1);
    const back = await cli('--db', db, 'results', 'return', '2026-001', codes[0]!, '--reason', '检查日期漏填');
    expect(back.stdout).toContain('已退回');
    expect(back.stdout).toContain('理由：检查日期漏填');
    const listed = JSON.parse((await cli('--db', db, '--json', 'results', 'list', '2026-001')).stdout) as {
      result: { status: string; returnedReason: string; reviewedBy: string } | null;
    }[];
    expect(listed.map((r) => r.result && [r.result.status, r.result.reviewedBy, r.result.returnedReason])).toEqual([
      ['已录入', '', '检查日期漏填'],
      ['已审核', '李审核', ''],
      null,
    ]);
  });
});
