import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import type { CliSession } from './session.ts';

type ResultCode = CallOutput<'results:codes'>[number];

const codeLine = (c: ResultCode) => `${c.code}\t${c.label}\t${c.problem ? '属于发现问题' : '—'}\t${c.active ? '启用' : '停用'}`;

/** `results codes list|set|remove`: the 检查结果代码表, edited one code at a time. */
export function registerResultCodeCommands(results: Command, session: CliSession): void {
  const codes = results.command('codes').description('检查结果代码表（各省平台不尽相同，可增改；已被使用的代码只能停用）');
  codes
    .command('list')
    .description('列出结果代码：代码、名称、是否属于发现问题、启用或停用')
    .action(async () => {
      const { ctx, out } = session.open();
      out.print(await invoke(ctx, 'results:codes', {}), (l) => l.map(codeLine));
    });
  codes
    .command('set <code> [label]')
    .description('新增或修改一个代码（新代码默认属于发现问题、启用）')
    .option('--problem', '属于发现问题')
    .option('--no-problem', '不属于发现问题')
    .option('--active', '启用')
    .option('--no-active', '停用（已被检查结果使用的代码不能删除，可停用）')
    .action(async (code: string, label: string | undefined, o: { problem?: boolean; active?: boolean }) => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'results:codes', {});
      const key = code.trim().toUpperCase();
      const old = list.find((c) => c.code.toUpperCase() === key);
      if (!old && label === undefined)
        session.fail(`代码表中还没有 ${key}，新增时请写出名称，如：results codes set ${key} 违反消防安全规定`);
      const next: ResultCode = {
        code: old?.code ?? key,
        label: label ?? old!.label,
        problem: o.problem ?? old?.problem ?? true,
        active: o.active ?? old?.active ?? true,
      };
      const saved = await invoke(ctx, 'results:saveCodes', { codes: old ? list.map((c) => (c === old ? next : c)) : [...list, next] });
      out.print(saved, () => [`${old ? '已修改' : '已新增'}结果代码：${codeLine(next)}`]);
    });
  codes
    .command('remove <code>')
    .description('删除一个未被使用的代码')
    .action(async (code: string) => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'results:codes', {});
      const key = code.trim().toUpperCase();
      const old = list.find((c) => c.code.toUpperCase() === key) ?? session.fail(`代码表中没有 ${key}。`);
      const saved = await invoke(ctx, 'results:saveCodes', { codes: list.filter((c) => c !== old) });
      out.print(saved, () => [`已删除结果代码 ${old.code} ${old.label}`]);
    });
}
