import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import { localTime } from './cli-time.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';

/** `shuangsuiji audit verify|head|list`: the tamper-evident log. */
export function registerAuditCommands(program: Command, session: CliSession): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志和全部抽取记录的哈希链；--anchor 核对纸面抽取记录上印的哈希值仍在链中')
    .option('--anchor <hash>', '抽取记录或台账上印的哈希值')
    .action(async (o: { anchor?: string }) => {
      const { ctx, out } = session.open();
      const r = await invokeWithOptions(ctx, 'audit:verify', { anchor: o.anchor }, { anchor: '--anchor' });
      out.print(r, (v) => [
        v.ok ? `校验通过：审计日志 ${v.audit.checked} 条，抽取记录 ${v.draws.length} 条` : '校验未通过：',
        ...v.audit.problems.map((p) => `  ✗ ${p}`),
        ...v.links.problems.map((p) => `  ✗ ${p}`),
        ...v.draws
          .filter((d) => !d.ok)
          .flatMap((d) => d.checks.filter((c) => !c.ok).map((c) => `  ✗ 抽取记录 #${d.drawId} ${c.label}：${c.detail}`)),
        ...(v.anchor ? [`  ${v.anchor.ok ? '✓' : '✗'} 锚定值 ${v.anchor.hash}：${v.anchor.detail}`] : []),
      ]);
      if (!r.ok) process.exitCode = 3;
    });
  audit
    .command('head')
    .description('审计日志当前的链头（编号、时间、操作和哈希），供登记台账')
    .action(async () => {
      const { ctx, out } = session.open();
      const head = await invoke(ctx, 'audit:head', {});
      out.print(head, (h) => (h ? [`#${h.id}\t${localTime(h.at)}\t${h.action}\t${h.hash}`] : ['审计日志还是空的。']));
    });
  audit
    .command('list')
    .description('最近的审计日志（最新在前）：编号、时间、操作人、操作、对象')
    .option('--limit <n>', '条数（1–5000，默认 200）')
    .action(async (o: { limit?: string }) => {
      const { ctx, out } = session.open();
      const limit = o.limit === undefined ? undefined : Number(o.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 5000))
        session.fail(`--limit 应为 1 到 5000 的整数，“${o.limit}”不行。`);
      const entries = await invoke(ctx, 'audit:list', { limit });
      out.print(entries, (l) => l.map((e) => `${e.id}\t${localTime(e.at)}\t${e.actor || '—'}\t${e.action}\t${e.subject}`));
    });
}
