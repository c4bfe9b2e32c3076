import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';
import { addTaskOptions, TASK_OPTION_NAMES, taskInputFrom, type TaskOptions } from './task-options.ts';
import { taskOf, type Task } from './task-ref.ts';

type Plan = CallOutput<'plans:list'>[number];
type PoolPreview = CallOutput<'tasks:poolPreview'>;

const FILTER_LABELS = { area: '所属区域', industry: '行业门类', entityType: '主体类型', riskClass: '信用风险分类' } as const;

/** A task's terms as the task page lists them, one `label：value` line each. */
function taskLines(t: Task, plans: Plan[]): string[] {
  const plan = plans.find((p) => p.id === t.planId);
  const scope = (Object.keys(FILTER_LABELS) as (keyof typeof FILTER_LABELS)[])
    .filter((k) => t.filters[k].length > 0)
    .map((k) => `${FILTER_LABELS[k]}：${t.filters[k].join('、')}`);
  const classes = Object.entries(t.classRatios).map(([k, v]) => `${k} 类 ${v}%`);
  const amount =
    t.count !== null
      ? `${t.count} 户`
      : `候选数量的 ${t.ratio}%（向上取整）${classes.length ? `；${classes.join('，')}，其余按 ${t.ratio}%` : ''}`;
  const repeat = t.repeatWindowMonths ? `近 ${t.repeatWindowMonths} 个月内因相同事项抽中过的不再抽取` : '不排除近期抽查过的主体';
  const overrides = t.repeatOverrides.map((o) => `${o.name || o.code}（${o.reason}）`);
  return [
    `抽查任务 ${t.code}　${t.name}（${t.state}）`,
    `  抽查事项：${t.items.map((i) => `${i.seq ?? '—'} ${i.name}`).join('；')}`,
    ...departmentLines(t),
    `  任务来源：${t.source === '计划' ? `年度计划 ${plan ? `${plan.year}年 ${plan.name}` : `#${t.planId}`}` : '临时任务'}`,
    `  抽取名录：${t.roster ?? '全部检查对象名录库'}`,
    `  抽取条件：${scope.length ? `定向　${scope.join('；')}` : '不定向（不设筛选条件）'}`,
    `  抽取数量：${amount}`,
    `  避免重复：${repeat}${overrides.length ? `；允许重复：${overrides.join('、')}` : ''}`,
    `  检查期限：${t.periodStart || t.periodEnd ? `${t.periodStart ?? '—'} 至 ${t.periodEnd ?? '—'}` : '未定'}`,
    `  实施部门：${t.department || '—'}`,
    `  检查组：每户 ${t.inspectorsPerEntity} 名执法人员` +
      (t.joint ? `（${t.departments.map((d) => `${d.name} ${d.perEntity} 名`).join('、')}）` : '') +
      `${t.withLeader ? '，设组长' : '，不设组长'}${t.sameAreaRecusal ? '，同所回避' : ''}`,
    `  执法领域：${t.requiredTags.length ? `${t.requiredTags.join('、')}（具备其一即可）` : '不限'}`,
    ...(t.liveDrawId !== null
      ? [
          `  抽取记录：#${t.liveDrawId}，抽中 ${t.selectedCount} 户，已录入结果 ${t.resultCount} 户${t.publishedOn ? `，${t.publishedOn} 公示` : ''}`,
        ]
      : []),
  ];
}

/** A joint task's departments: the lead first, each with its items and its share of the team. */
function departmentLines(t: Task): string[] {
  if (!t.joint) return [];
  return [
    `  部门联合抽查：牵头部门 ${t.departments[0]?.name ?? '—'}；参与部门 ${
      t.departments
        .slice(1)
        .map((d) => d.name)
        .join('、') || '—'
    }`,
    ...t.departments.map((d) => {
      const items = t.items.filter((i) => d.itemIds.includes(i.id)).map((i) => `${i.seq ?? '—'} ${i.name}`);
      return `    ${d.name}（${d.role}）：${items.join('；')}；每户 ${d.perEntity} 名执法人员`;
    }),
  ];
}

function poolLines(t: Task, p: PoolPreview): string[] {
  const byGroup = p.quotas.filter((q) => q.group !== '').map((q) => `${q.group === '未分类' ? '未分类' : `${q.group} 类`} ${q.count} 户`);
  const drawn = p.quotas.reduce((n, q) => n + q.count, 0);
  const tags = p.requiredTags.length ? `，缺所需执法领域（${p.requiredTags.join('、')}）${p.inspectorsExcluded.tags} 名` : '';
  return [
    `任务 ${t.code} 候选市场主体 ${p.poolSize} 户（已排除：注销、吊销、撤销或迁出 ${p.excluded.closed} 户，近期已抽查 ${p.excluded.repeat} 户）`,
    `将抽取 ${drawn} 户${byGroup.length ? `：${byGroup.join('，')}` : ''}`,
    `可派执法人员 ${p.inspectors} 名（已排除：不在岗 ${p.inspectorsExcluded.status} 名，执法证过期或未填有效期 ${p.inspectorsExcluded.certificate} 名${tags}）`,
    ...(p.departments ?? []).flatMap((d) => [
      `  ${d.name}（${d.role}）：可派 ${d.eligible} 名，每户需 ${d.perEntity} 名`,
      ...(d.shortfall ? [`  ${d.shortfall}`] : []),
    ]),
  ];
}

/** `shuangsuiji tasks create|edit|list|show|pool|delete`: 抽查任务 as the task screen keeps them. */
export function registerTaskCommands(program: Command, session: CliSession): void {
  const tasks = program.command('tasks').description('抽查任务');
  addTaskOptions(tasks.command('create').description('新建抽查任务'), false).action(async (o: TaskOptions) => {
    const { ctx, out } = session.open();
    const task = await invokeWithOptions(ctx, 'tasks:save', { task: await taskInputFrom(ctx, session, o) }, TASK_OPTION_NAMES);
    out.print({ id: task.id, code: task.code }, (t) => [`已新建抽查任务 ${t.code}（id ${t.id}）`]);
  });
  addTaskOptions(
    tasks.command('edit <task>').usage('<task> [选项]').description('修改尚未抽取的任务：只改给出的选项，其余不变'),
    true,
  ).action(async (ref: string, o: TaskOptions) => {
    const { ctx, out } = session.open();
    const before = await taskOf(ctx, ref);
    const task = await invokeWithOptions(
      ctx,
      'tasks:save',
      { id: before.id, task: await taskInputFrom(ctx, session, o, before) },
      TASK_OPTION_NAMES,
    );
    const plans = await invoke(ctx, 'plans:list', {});
    out.print(task, (t) => [`已修改抽查任务 ${t.code}`, ...taskLines(t, plans).slice(1)]);
  });
  tasks
    .command('list')
    .description('列出抽查任务（id、编号、名称、状态、已录入/抽中户数）')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'tasks:list', {});
      out.print(list, (l) => l.map((t) => `${t.id}\t${t.code}\t${t.name}\t${t.state}\t${t.resultCount}/${t.selectedCount}`));
    });
  tasks
    .command('show <task>')
    .description('查看任务的全部设置（任务 id 或编号如 2026-001）')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const plans = await invoke(ctx, 'plans:list', {});
      out.print(task, (t) => taskLines(t, plans));
    });
  tasks
    .command('pool <task>')
    .description('抽取前查看候选名单规模：候选户数、各类将抽户数、可派执法人员')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const preview = await invoke(ctx, 'tasks:poolPreview', { id: task.id });
      out.print(preview, (p) => poolLines(task, p));
    });
  tasks
    .command('delete <task>')
    .description('删除尚未抽取的任务（有抽取记录的任务不能删除）')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      await invoke(ctx, 'tasks:delete', { id: task.id });
      out.print({ deleted: true, id: task.id, code: task.code }, (t) => [`已删除抽查任务 ${t.code}「${task.name}」`]);
    });
}
