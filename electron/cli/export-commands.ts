import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';
import { departmentOf } from './publish-commands.ts';
import { idOf, taskOf } from './task-ref.ts';

type Codes = CallOutput<'gsxt:codes'>;

const codeLines = (c: Codes) => [
  `任务 ${c.task.code}\t${c.task.name}\t公示系统编号 ${c.task.nationalCode ?? '（尚无）'}`,
  ...(c.plan ? [`计划 ${c.plan.year}年 ${c.plan.name}\t公示系统编号 ${c.plan.nationalCode ?? '（尚无）'}`] : []),
];

/** The subcommand `name` of `program`, registered by another file (tasks, plans). */
function sub(program: Command, name: string): Command {
  const found = program.commands.find((c) => c.name() === name);
  if (!found) throw new Error(`command ${name} must be registered before the export commands`);
  return found;
}

/**
 * `shuangsuiji export gsxt TASK --out FILE.xlsx` (国家企业信用信息公示系统's sheet of published
 * results) and the 公示系统编号 of tasks and plans: `tasks national-code TASK [--set N]`,
 * `plans national-code PLAN [--set N]`. Registered after the task and plan commands.
 */
export function registerExportCommands(program: Command, session: CliSession): void {
  const exports = program.command('export').description('导出给其他系统的表格');
  exports
    .command('gsxt <task>')
    .description('导出国家企业信用信息公示系统表：已公示的检查结果，每户每个检查事项一行（尚无公示系统编号时先生成）')
    .requiredOption('--out <file>', '保存到的 Excel 文件，如 公示系统表.xlsx')
    .option('--dept <name>', '部门联合抽查：只导出这个部门已公示的结果（默认各部门的都导出）')
    .option('--actor <name>', '经办人')
    .action(async (ref: string, o: { out: string; dept?: string; actor?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      // Without --dept a joint task's sheet holds every department's published results, so none is required.
      const departmentId = o.dept === undefined ? undefined : await departmentOf(ctx, session, task, o.dept);
      const input = { taskId: task.id, path: path.resolve(o.out), actor: o.actor, departmentId };
      const r = await invokeWithOptions(ctx, 'gsxt:export', input, { path: '--out', actor: '--actor', departmentId: '--dept' });
      out.print(r, (x) => [
        `已导出公示系统表：${x.path}（${x.entities} 户，${x.count} 行；任务编号 ${x.taskNationalCode}` +
          `${x.planNationalCode ? `，计划编号 ${x.planNationalCode}` : ''}）`,
        ...(x.leftOut > 0
          ? [
              x.joint
                ? `另有 ${x.leftOut} 份部门检查结果（每户每部门一份）尚未公示，未导出。`
                : `另有 ${x.leftOut} 户的检查结果尚未公示，未导出。`,
            ]
          : []),
      ]);
    });

  sub(program, 'tasks')
    .command('national-code <task>')
    .description('任务（及其计划）的公示系统编号：尚无则按机关代码生成；--set 填写公示系统给出的编号')
    .option('--set <code>', '公示系统给出的任务编号（18 位数字）；写 "" 清除')
    .option('--show', '只查看，不生成')
    .option('--actor <name>', '经办人')
    .action(async (ref: string, o: { set?: string; show?: boolean; actor?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      if (o.show && o.set !== undefined) session.fail('--show 与 --set 不能同时使用。');
      const codes = o.show
        ? await invoke(ctx, 'gsxt:codes', { taskId: task.id })
        : o.set === undefined
          ? await invokeWithOptions(ctx, 'gsxt:assign', { taskId: task.id, actor: o.actor }, { actor: '--actor' })
          : await invokeWithOptions(ctx, 'gsxt:setTaskCode', { taskId: task.id, code: o.set, actor: o.actor }, { code: '--set' });
      out.print(codes, codeLines);
    });

  sub(program, 'plans')
    .command('national-code <plan>')
    .description('年度抽查工作计划（计划 id）的公示系统编号：尚无则按机关代码生成；--set 填写公示系统给出的编号')
    .option('--set <code>', '公示系统给出的计划编号（14 位数字）；写 "" 清除')
    .option('--actor <name>', '经办人')
    .action(async (ref: string, o: { set?: string; actor?: string }) => {
      const { ctx, out } = session.open();
      const planId = idOf(session, ref, '计划 id');
      const plan =
        o.set === undefined
          ? await invokeWithOptions(ctx, 'gsxt:assignPlan', { planId, actor: o.actor }, { actor: '--actor' })
          : await invokeWithOptions(ctx, 'gsxt:setPlanCode', { planId, code: o.set, actor: o.actor }, { code: '--set' });
      out.print(plan, (p) => [`计划 ${p.year}年 ${p.name}\t公示系统编号 ${p.nationalCode ?? '（尚无）'}`]);
    });
}
