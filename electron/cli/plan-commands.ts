import { Option, type Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';

type Plan = CallOutput<'plans:list'>[number];

interface PlanOptions {
  year?: string;
  name?: string;
  docNo?: string;
  notes?: string;
}

const OPTION_NAMES = { 'plan.year': '--year', 'plan.name': '--name', name: '--name', 'plan.docNo': '--doc-no', 'plan.notes': '--notes' };

const planLine = (p: Plan) =>
  `${p.id}\t${p.year}\t${p.name}\t${p.docNo || '—'}\t${p.tasks.length ? p.tasks.map((t) => t.code).join('、') : '（尚无任务）'}`;

function planOptions(command: Command, editing: boolean): Command {
  const keep = editing ? '（不写则不变）' : '';
  return command
    .option('--year <year>', `年度，如 2026${editing ? keep : '（默认今年）'}`)
    .addOption(editing ? new Option('--name <name>', `计划名称${keep}`) : new Option('--name <name>', '计划名称').makeOptionMandatory())
    .option('--doc-no <text>', `计划文号，如 大同县市监〔2026〕1号${keep}`)
    .option('--notes <text>', `说明${keep}`);
}

function inputOf(o: PlanOptions, base?: Plan) {
  return {
    year: o.year !== undefined ? Number(o.year) : (base?.year ?? new Date().getFullYear()),
    name: o.name ?? base?.name,
    docNo: o.docNo ?? base?.docNo ?? '',
    notes: o.notes ?? base?.notes ?? '',
  };
}

/** `shuangsuiji plans list|create|edit`: 年度抽查工作计划, whose batches are tasks (tasks create --plan). */
export function registerPlanCommands(program: Command, session: CliSession): void {
  const plans = program.command('plans').description('年度抽查工作计划');
  plans
    .command('list')
    .description('列出年度抽查工作计划：id、年度、名称、文号、所含任务')
    .action(async () => {
      const { ctx, out } = session.open();
      out.print(await invoke(ctx, 'plans:list', {}), (l) => l.map(planLine));
    });
  planOptions(plans.command('create').description('新建年度抽查工作计划'), false).action(async (o: PlanOptions) => {
    const { ctx, out } = session.open();
    const plan = await invokeWithOptions(ctx, 'plans:save', { plan: inputOf(o) }, OPTION_NAMES);
    out.print(plan, (p) => [`已新建年度抽查工作计划 ${p.year}年 ${p.name}（id ${p.id}）`]);
  });
  planOptions(
    plans.command('edit <plan>').usage('<plan> [选项]').description('修改年度抽查工作计划（计划 id）：只改给出的选项'),
    true,
  ).action(async (ref: string, o: PlanOptions) => {
    const { ctx, out } = session.open();
    const before =
      (await invoke(ctx, 'plans:list', {})).find((p) => String(p.id) === ref.trim()) ??
      session.fail(`没有 id 为“${ref}”的年度抽查工作计划（用 shuangsuiji plans list 查看）。`);
    const plan = await invokeWithOptions(ctx, 'plans:save', { id: before.id, plan: inputOf(o, before) }, OPTION_NAMES);
    out.print(plan, (p) => [`已修改年度抽查工作计划 ${p.year}年 ${p.name}（id ${p.id}）`]);
  });
}
