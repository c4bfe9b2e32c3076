import { describe, expect, it } from 'vitest';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { saveStaff } from '../../../electron/core/staff/staff-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { cli } from '../cli-in-process.ts';
import { today } from '../cli/cli-desk.ts';
import { PEOPLE } from '../draw/draw-fixtures.ts';
import { tempContext } from '../temp-db.ts';
import { jointDesk, makeJointTask } from './joint-fixtures.ts';

/** A database file with a drawn joint task of 2 (本局 leads, 应急 and 卫健 take part) and 张录入, 李审核. */
function jointDb() {
  const ctx = tempContext();
  const desk = jointDesk(ctx.db);
  const task = makeJointTask(ctx.db, desk, { count: 2 });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '77'.repeat(32));
  saveStaff(ctx.db, { name: '张录入', canEnter: true });
  saveStaff(ctx.db, { name: '李审核', canEnter: false, canReview: true });
  const codes = taskResults(ctx.db, task.id).map((r) => r.code);
  const code = getTask(ctx.db, task.id).code;
  ctx.db.close();
  return { db: ctx.dbPath, task: code, codes };
}

describe('shuangsuiji results … --dept (部门联合抽查)', () => {
  it('sets, lists, reviews and returns per department; a joint task without --dept is refused; the listing combines', async () => {
    const { db, task, codes } = jointDb();
    const set = (...args: string[]) => cli('--db', db, 'results', 'set', task, codes[0]!, '--result', '1', '--date', today(), ...args);
    const refused = await set('--actor', '张录入');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('联合抽查的检查结果按部门录入，请选择部门');
    const unknown = await set('--actor', '张录入', '--dept', '县消防大队');
    expect(unknown.stderr).toContain('部门“县消防大队”不在部门名单中');
    expect((await set('--actor', '张录入', '--dept', '县应急局')).code).toBe(0);
    // --item numbers the department's own items from 1, as its part of the record sheet does.
    expect((await set('--actor', '张录入', '--dept', '县应急局', '--item', '1:是')).code).toBe(0);
    expect((await set('--actor', '张录入', '--dept', '县应急局', '--item', '2:是')).stderr).toContain(
      '该部门在任务 ' + task + ' 中没有这个检查事项（写序号 1–1 或事项名称）',
    );
    expect((await set('--actor', '张录入', '--dept', '本局')).code).toBe(0);
    const combined = await cli('--db', db, 'results', 'list', task);
    expect(combined.stdout).toMatch(/牵头\t.*\t1\t\d{4}-\d\d-\d\d\t已录入/);
    expect(combined.stdout).toMatch(/参与\t县应急局\t应急员\d\t1\t\d{4}-\d\d-\d\d\t已录入/);
    expect(combined.stdout).toMatch(/参与\t县卫健局\t卫健员\d\t未录入/);
    const health = await cli('--db', db, '--json', 'results', 'list', task, '--dept', '县卫生健康局');
    expect((JSON.parse(health.stdout) as { result: unknown }[]).map((r) => r.result)).toEqual([null, null]);
    const review = await cli('--db', db, 'results', 'review', task, '--all', '--reviewer', '李审核');
    expect(review.stderr).toContain('联合抽查的检查结果按部门录入，请选择部门');
    const reviewed = await cli('--db', db, 'results', 'review', task, '--all', '--reviewer', '李审核', '--dept', '县应急局');
    expect(reviewed.stdout).toContain('李审核 已审核任务');
    const back = await cli(
      '--db',
      db,
      'results',
      'return',
      task,
      codes[0]!,
      '--reason',
      '日期有误',
      '--reviewer',
      '李审核',
      '--dept',
      '本局',
    );
    expect(back.code, back.stderr).toBe(0);
    const own = await cli('--db', db, '--json', 'results', 'list', task, '--dept', '本局');
    expect((JSON.parse(own.stdout) as { result: { returnedReason: string } | null }[])[0]!.result!.returnedReason).toBe('日期有误');
    const safety = await cli('--db', db, '--json', 'results', 'list', task, '--dept', '县应急管理局');
    expect((JSON.parse(safety.stdout) as { result: { status: string } | null }[])[0]!.result!.status).toBe('已审核');
  });
});
