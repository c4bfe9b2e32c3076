import { describe, expect, it } from 'vitest';
import { cli } from '../cli-in-process.ts';
import { deskDb, today } from './cli-desk.ts';

/** A desk with task 2026-001 drawn today (3 entities): one 责令改正, one 无法联系, one 未发现问题. */
async function deskWithFollowUps() {
  const { dbPath: db } = deskDb(6, 6);
  const create = ['tasks', 'create', '--name', '第一批', '--item', '1', '--roster', '测试名录', '--count', '3', '--start', '2026-12-01'];
  expect((await cli('--db', db, ...create)).code).toBe(0);
  const drawn = await cli('--db', db, '--json', 'draw', '2026-001', '--operator', '张操作', '--witness', '李监督');
  expect(drawn.code, drawn.stderr).toBe(0);
  const codes = (JSON.parse(drawn.stdout) as { selected: { uscc: string }[] }).selected.map((e) => e.uscc);
  const set = (code: string, ...rest: string[]) => cli('--db', db, 'results', 'set', '2026-001', code, '--date', today(), ...rest);
  expect((await set(codes[0]!, '--result', 'E', '--disposal', '责令改正')).code).toBe(0);
  expect((await set(codes[1]!, '--result', '6', '--disposal', '停止检查')).code).toBe(0);
  expect((await set(codes[2]!, '--result', '1', '--disposal', '无需后续处置')).code).toBe(0);
  return { db, codes };
}

describe('shuangsuiji dispositions, abnormal and overdue', () => {
  it('dispositions list [--open], close with --date and --notes, reopen with --reason', async () => {
    const { db, codes } = await deskWithFollowUps();
    const listed = await cli('--db', db, 'dispositions', 'list', '--open');
    expect(listed.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^2026-001\\t${codes[0]}\\t.*\\t违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责\\t检查 ${today()}\\t未完结，已过 0 天$`,
        ),
      ),
      expect.stringMatching(new RegExp(`^2026-001\\t${codes[1]}\\t.*\\t停止检查，反馈至日常监管部门依法依规处理\\t`)),
    ]);
    const noNotes = await cli('--db', db, 'dispositions', 'close', '2026-001', codes[0]!, '--date', today(), '--notes', ' ');
    expect(noNotes.code).toBe(1);
    expect(noNotes.stderr).toContain('--notes：请填写完结情况（不超过 500 字）');
    const late = await cli('--db', db, 'dispositions', 'close', '2026-001', codes[0]!, '--date', '2099-01-01', '--notes', '已整改');
    expect(late.stderr).toContain(`--date：完结日期不能晚于今天（${today()}）`);
    const closed = await cli('--db', db, 'dispositions', 'close', '2026-001', codes[0]!, '--date', today(), '--notes', '已整改到位');
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toContain(`${today()} 完结：已整改到位`);
    expect((await cli('--db', db, 'dispositions', 'list', '--open')).stdout).not.toContain(codes[0]!);
    const all = JSON.parse((await cli('--db', db, '--json', 'dispositions', 'list')).stdout) as { entityCode: string; closed: boolean }[];
    expect(all.map((d) => [d.entityCode, d.closed])).toEqual([
      [codes[0], true],
      [codes[1], false],
    ]);
    const none = await cli('--db', db, 'dispositions', 'close', '2026-001', codes[2]!, '--date', today(), '--notes', '无');
    expect(none.stderr).toContain('无需登记完结');
    const reopened = await cli('--db', db, 'dispositions', 'reopen', '2026-001', codes[0]!, '--reason', '复查未整改');
    expect(reopened.stdout).toContain('重新为未完结');
    expect((await cli('--db', db, 'audit', 'list')).stdout).toMatch(/\t撤销处置完结\t[\s\S]*\t处置完结\t/); // newest first
  });

  it('abnormal list shows the 10-working-day deadline; abnormal done records 列入日期 and 文号; overdue counts', async () => {
    const { db, codes } = await deskWithFollowUps();
    const list = await cli('--db', db, 'abnormal', 'list');
    expect(list.stdout).toMatch(
      new RegExp(`^2026-001\\t${codes[1]}\\t.*\\t检查 ${today()}\\t期限 \\d{4}-\\d\\d-\\d\\d\\t剩 10 个工作日\\t未到期`),
    );
    const future = await cli('--db', db, 'abnormal', 'done', '2026-001', codes[1]!, '--date', '2099-01-01');
    expect(future.stderr).toContain(`--date：列入日期不能晚于今天（${today()}）`);
    expect((await cli('--db', db, 'abnormal', 'done', '2026-001', codes[0]!)).stderr).toContain('无需列入经营异常名录');
    const done = await cli('--db', db, 'abnormal', 'done', '2026-001', codes[1]!, '--date', today(), '--doc-no', '大同县市监异〔2026〕7号');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(`于 ${today()} 列入经营异常名录，大同县市监异〔2026〕7号`);
    expect((await cli('--db', db, 'abnormal', 'list')).stdout).toContain(`已列入 ${today()} 大同县市监异〔2026〕7号`);
    const overdue = JSON.parse((await cli('--db', db, '--json', 'overdue')).stdout) as { overdue: number; openDispositions: number };
    expect(overdue).toMatchObject({ overdue: 0, openDispositions: 2 });
    expect((await cli('--db', db, 'overdue')).stdout).toMatch(/^已逾期 0 项，即将到期 0 项，未完结的后续处置 2 项/);
  });
});
