import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import { localTime } from './cli-time.ts';
import type { CliSession } from './session.ts';

/** `shuangsuiji audit verify|list`: the tamper-evident log. */
export function registerAuditCommands(program: Command, session: CliSession): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志和全部抽取记录的哈希链')
    .action(async () => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'audit:verify', {});
      out.print(r, (v) => [
        v.ok ? `校验通过：审计日志 ${v.audit.checked} 条，抽取记录 ${v.draws.length} 条` : '校验未通过：',
        ...v.audit.problems.map((p) => `  ✗ ${p}`),
        ...v.draws.filter((d) => !d.ok).flatMap((d) => d.checks.filter((c) => !c.ok).map((c) => `  ✗ 抽取记录 #${d.drawId} ${c.label}：${c.detail}`)),
      ]);
      if (!r.ok) process.exitCode = 3;
    });
  audit
    .command('list')
    .description('最近的审计日志（最新在前）：编号、时间、操作人、操作、对象')
    .option('--limit <n>', '条数（1–5000，默认 200）')
    .action(async (o: { limit?: string }) => {
      const { ctx, out } = session.open();
      const limit = o.limit === undefined ? undefined : Number(o.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 5000)) session.fail(`--limit 应为 1 到 5000 的整数，“${o.limit}”不行。`);
      const entries = await invoke(ctx, 'audit:list', { limit });
      out.print(entries, (l) => l.map((e) => `${e.id}\t${localTime(e.at)}\t${e.actor || '—'}\t${e.action}\t${e.subject}`));
    });
}
