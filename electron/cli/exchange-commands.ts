import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import { resultImportLines } from './result-import-lines.ts';
import { departmentOf } from './result-review-commands.ts';
import type { CliSession } from './session.ts';
import { taskOf } from './task-ref.ts';

/**
 * `shuangsuiji exchange export|import`: a joint task's part for a department that does not run
 * this program, out as one workbook and back into that department's results.
 */
export function registerExchangeCommands(program: Command, session: CliSession): void {
  const exchange = program.command('exchange').description('部门交换：把联合抽查中一个部门的部分导出为 Excel，交回后导入该部门的检查结果');
  exchange
    .command('export <task>')
    .description('导出一个部门的部分（说明、检查对象、执法人员、抽查事项、待填写的检查结果表）')
    .requiredOption('--dept <name>', '部门（本局、部门全称或简称）')
    .requiredOption('--out <file>', '保存为 Excel 文件（.xlsx）')
    .action(async (ref: string, o: { dept: string; out: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const departmentId = (await departmentOf(ctx, session, o.dept))!;
      const r = await invoke(ctx, 'exchange:export', { taskId: task.id, departmentId, path: path.resolve(o.out) });
      out.print(r, () => [
        `已导出任务 ${task.code} 中${r.department}的部分到 ${r.path}：检查对象 ${r.count} 户，本部门执法人员 ${r.members} 人次，` +
          `抽查事项 ${r.items} 项${r.entered ? `（已有 ${r.entered} 户的结果）` : ''}。`,
        '请该部门在“检查结果”表中填写后交回，再用 exchange import 导入。',
      ]);
    });
  exchange
    .command('import <task> <file>')
    .description('导入部门交回的交换表：默认只预览，加 --yes 才写入；有一行有问题则整份不导入')
    .option('--dept <name>', '部门（不写则按文件首页的“填报部门”；写了须与之相符）')
    .option('--yes', '确认导入（不写则只预览，不写入）')
    .option('--skip-refused', '有问题的行不导入，其余的行照常导入（默认：有任何问题就都不导入）')
    .option('--actor <name>', '录入员（导入的结果记为此人录入，审核时不能由其本人审核）')
    .action(async (ref: string, file: string, o: { dept?: string; yes?: boolean; skipRefused?: boolean; actor?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const departmentId = await departmentOf(ctx, session, o.dept);
      const r = await invoke(ctx, 'exchange:import', {
        taskId: task.id,
        departmentId,
        path: path.resolve(file),
        dryRun: !o.yes,
        skipRefused: o.skipRefused,
        actor: o.actor,
      });
      out.print(r, (x) => [
        ...resultImportLines(x),
        ...(x.dryRun && x.counts.new + x.counts.changed > 0 ? ['确认无误后加 --yes 导入。'] : []),
      ]);
    });
}
