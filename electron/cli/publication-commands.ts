import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import { registerPublishCommands } from './publish-commands.ts';
import type { CliSession } from './session.ts';

/**
 * `shuangsuiji publication list`: 公示 deadlines; `publish …`: the publications themselves (publish-commands.ts).
 * `publication mark` is gone: it recorded a date with nothing published stored.
 */
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
  registerPublishCommands(program, session);
}
