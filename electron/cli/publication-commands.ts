import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput } from '../api/contract.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';
import { taskOf } from './task-ref.ts';

type Dimension = CallInput<'stats:get'>['dimension'];

const DIMENSIONS: Record<string, Dimension> = {
  task: 'task',
  item: 'item',
  area: 'area',
  code: 'code',
  risk: 'risk',
  任务: 'task',
  事项: 'item',
  区域: 'area',
  结果: 'code',
  风险分类: 'risk',
};

function yearOf(session: { fail(m: string): never }, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) session.fail(`--year 应为四位年份，如 2026，“${text}”不行。`);
  return Number(text);
}

/** `shuangsuiji publication list|mark` and `stats show|export`: 公示 deadlines and the statistics. */
export function registerPublicationCommands(program: Command, session: CliSession): void {
  const publication = program.command('publication').description('抽查结果公示');
  publication
    .command('list')
    .description('公示期限一览：编号、名称、录入进度、最后检查日期、公示期限、剩余工作日、状态')
    .action(async () => {
      const { ctx, out } = session.open();
      const rows = await invoke(ctx, 'publication:dashboard', {});
      out.print(rows, (l) =>
        l.map((r) => {
          const left =
            r.daysLeft === null || r.publishedOn ? '' : r.daysLeft < 0 ? `逾期 ${-r.daysLeft} 个工作日` : `剩 ${r.daysLeft} 个工作日`;
          return (
            `${r.code}\t${r.name}\t已录入 ${r.entered}/${r.selected}\t` +
            `${r.lastInspection ?? '—'}\t${r.deadline ?? '—'}\t${left}\t${r.state}` +
            `${r.publishedOn ? ` ${r.publishedOn}` : ''}${r.deadlineNote ? `（${r.deadlineNote}）` : ''}`
          );
        }),
      );
    });
  publication
    .command('mark <task>')
    .description('标记任务结果已公示（全部检查对象录入结果之后）')
    .requiredOption('--date <date>', '公示日期，如 2026-12-20')
    .option('--actor <name>', '操作人')
    .action(async (ref: string, o: { date: string; actor?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      await invokeWithOptions(ctx, 'publication:mark', { taskId: task.id, date: o.date, actor: o.actor }, { date: '--date' });
      out.print({ ok: true, task: task.code, date: o.date }, (r) => [`已标记任务 ${r.task} 于 ${r.date} 公示`]);
    });

  const stats = program.command('stats').description('抽查工作情况统计');
  stats
    .command('show')
    .description('按任务、事项、区域、结果代码或信用风险分类统计已录入户数、发现问题户数和比例')
    .option('--by <dimension>', 'task 任务、item 事项、area 区域、code 结果、risk 风险分类', 'task')
    .option('--year <year>', '只统计该年度的任务')
    .action(async (o: { by: string; year?: string }) => {
      const dimension =
        DIMENSIONS[o.by.trim()] ??
        session.fail(`--by 只能是 task（任务）、item（事项）、area（区域）、code（结果）或 risk（风险分类），“${o.by}”不行。`);
      const year = yearOf(session, o.year);
      const { ctx, out } = session.open();
      const rows = await invoke(ctx, 'stats:get', { dimension, year });
      out.print(rows, (l) =>
        l.length
          ? l.map((r) => `${r.key}\t已录入 ${r.inspected} 户\t发现问题 ${r.withProblems} 户\t${(r.problemRate * 100).toFixed(1)}%`)
          : ['还没有已录入的检查结果。'],
      );
    });
  stats
    .command('export <file>')
    .description('导出统计表（Excel）')
    .option('--year <year>', '只统计该年度的任务')
    .action(async (file: string, o: { year?: string }) => {
      const year = yearOf(session, o.year);
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'stats:export', { year, path: path.resolve(file) });
      out.print(r, (x) => [`已导出统计表：${x.path}`]);
    });
}
