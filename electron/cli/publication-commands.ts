import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';
import { taskOf } from './task-ref.ts';

/** `shuangsuiji publication list|mark`: 公示 deadlines (the statistics are in stats-commands.ts). */
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
}
