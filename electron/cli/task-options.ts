import { Option, type Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import type { OptionNames } from './option-errors.ts';
import type { CliSession } from './session.ts';
import type { Task } from './task-ref.ts';
import { jointDepartmentsOf } from './task-dept-option.ts';

type TaskInput = CallInput<'tasks:save'>['task'];

/** What `tasks create` and `tasks edit` take; every field of the task screen has an option. */
export interface TaskOptions {
  name?: string;
  item?: string[];
  plan?: string;
  roster?: string;
  filter?: string[];
  count?: string;
  ratio?: string;
  classRatio?: string[];
  repeatMonths?: string;
  allowRepeat?: string[];
  start?: string;
  end?: string;
  department?: string;
  inspectorsPer?: string;
  tags?: string;
  recusal?: string;
  leader?: boolean;
  joint?: boolean;
  lead?: string;
  dept?: string[];
}

/** The option that fed each field of `tasks:save`, so a refusal names what the clerk typed. */
export const TASK_OPTION_NAMES: OptionNames = {
  'task.name': '--name',
  'task.itemIds': '--item',
  itemIds: '--item',
  'task.planId': '--plan',
  'task.source': '--plan',
  'task.roster': '--roster',
  roster: '--roster',
  'task.filters': '--filter',
  'task.count': '--count',
  'task.ratio': '--ratio',
  'task.classRatios': '--class-ratio',
  'task.repeatWindowMonths': '--repeat-months',
  'task.repeatOverrides': '--allow-repeat',
  'task.periodStart': '--start',
  'task.periodEnd': '--end',
  'task.department': '--department',
  'task.inspectorsPerEntity': '--inspectors-per',
  'task.requiredTags': '--tags',
  'task.joint': '--joint',
  'task.departments': '--dept',
  departments: '--dept',
};

const collect = (value: string, list: string[] = []) => [...list, value];

/** Adds the task screen's fields as options; `tasks edit` changes only the options given. */
export function addTaskOptions(command: Command, editing: boolean): Command {
  const name = '任务名称';
  return command
    .addOption(editing ? new Option('--name <name>', name) : new Option('--name <name>', name).makeOptionMandatory())
    .option('--item <seq>', `抽查事项序号（可重复，如 --item 1 --item 3）${editing ? '；给出时替换原有事项' : ''}`, collect)
    .option('--plan <plan>', '所属年度计划（计划 id 或名称；写 none 改为临时任务）')
    .option('--roster <name>', `从该名录抽取（默认全部市场主体${editing ? '；写 none 改回全部市场主体' : ''}）`)
    .option(
      '--filter <key=value>',
      `定向条件：area=所属区域、industry=行业门类、type=主体类型、risk=信用风险分类（可重复${editing ? '；给出时替换原有条件，写 none 表示不定向' : ''}）`,
      collect,
    )
    .option('--count <n>', '按数量抽取：抽取户数')
    .option('--ratio <percent>', '按比例抽取：抽查比例（%）')
    .option(
      '--class-ratio <class=percent...>',
      '按信用风险分类分别设定比例，如 --class-ratio A=5 B=3（须同时按 --ratio 抽取，未写的类别按 --ratio；写 none 取消）',
    )
    .option('--repeat-months <n>', '避免重复抽查：近几个月内已因相同事项被抽中的主体不再抽取（默认 12；0 表示不排除）')
    .option(
      '--allow-repeat <code=reason>',
      `允许重复抽查的主体及理由，如 --allow-repeat 91140221MA0XXXXX=群众举报（可重复${editing ? '；给出时替换原有名单，写 none 清空' : ''}）`,
      collect,
    )
    .option('--start <date>', '检查开始日期，如 2026-12-01')
    .option('--end <date>', '检查结束日期，如 2026-12-31')
    .option('--department <name>', '实施部门')
    .option('--inspectors-per <k>', '每户执法人员（至少 2 名，执法证号各不相同；默认 2）')
    .option('--tags <tags>', '所需执法领域，多个用顿号或逗号分隔（具备其中任一项的在岗人员才参与抽取；写空字符串表示不限）')
    .option('--recusal <rule>', '回避：same-area 同所回避（不派往本所辖区），none 不按所回避')
    .option('--leader', '每组设组长（默认）')
    .option('--no-leader', '每组不设组长')
    .option('--joint', '部门联合抽查：由牵头部门抽取对象，各部门各派执法人员组成联合检查组（用 --lead 和 --dept 写明部门）')
    .option(
      '--lead <部门>',
      '联合抽查的牵头部门（名称、简称或“本局”；默认本局）；它的事项和人数用 --dept 写，或用 --item 和 --inspectors-per',
    )
    .option(
      '--dept <部门:事项,事项:人数>',
      '联合抽查的一个部门、它检查的事项（序号或名称）和每户派出的执法人员数，可重复；如 --dept 县应急管理局:12,13:1' +
        (editing ? '；给出时替换原有部门' : ''),
      collect,
    );
}

/** The task as `tasks:save` takes it, from a saved task (for `tasks edit`). */
function inputOfTask(t: Task): TaskInput {
  return {
    name: t.name,
    source: t.source,
    planId: t.planId,
    itemIds: t.itemIds,
    roster: t.roster,
    filters: t.filters,
    count: t.count,
    ratio: t.ratio,
    classRatios: t.classRatios,
    repeatWindowMonths: t.repeatWindowMonths,
    repeatOverrides: t.repeatOverrides.map(({ code, reason }) => ({ code, reason })),
    periodStart: t.periodStart,
    periodEnd: t.periodEnd,
    department: t.department,
    inspectorsPerEntity: t.inspectorsPerEntity,
    requiredTags: t.requiredTags,
    sameAreaRecusal: t.sameAreaRecusal,
    withLeader: t.withLeader,
    joint: t.joint,
    departments: t.departments.map(({ departmentId, itemIds, perEntity }) => ({ departmentId, itemIds, perEntity })),
  };
}

// Numbers go to the schema as typed ("abc" becomes NaN), so its Chinese reason names the field.
const numberOf = (text: string) => Number(text.trim().replace(/[%％]$/, ''));
const isNone = (list: string[] | undefined) => list?.length === 1 && /^(none|无)$/i.test(list[0]!.trim());

/** Options → the task input, over `base` when editing; the schema judges every value. */
export async function taskInputFrom(ctx: AppContext, session: CliSession, o: TaskOptions, base?: Task): Promise<TaskInput> {
  const t: TaskInput = base ? inputOfTask(base) : { name: o.name ?? '', itemIds: [] };
  if (o.name !== undefined) t.name = o.name;
  if (o.item) t.itemIds = await itemIdsOf(ctx, session, o.item);
  if (o.plan !== undefined) Object.assign(t, await planOf(ctx, session, o.plan));
  if (o.roster !== undefined) t.roster = isNone([o.roster]) ? null : o.roster;
  if (o.filter) t.filters = isNone(o.filter) ? { area: [], industry: [], entityType: [], riskClass: [] } : filtersOf(session, o.filter);
  if (o.count !== undefined) Object.assign(t, { count: numberOf(o.count), ratio: null, classRatios: {} });
  if (o.ratio !== undefined) Object.assign(t, { ratio: numberOf(o.ratio), count: null });
  if (o.classRatio) t.classRatios = isNone(o.classRatio) ? {} : classRatiosOf(session, o.classRatio);
  if (o.repeatMonths !== undefined) t.repeatWindowMonths = numberOf(o.repeatMonths);
  if (o.allowRepeat) t.repeatOverrides = isNone(o.allowRepeat) ? [] : o.allowRepeat.map((pair) => overrideOf(session, pair));
  if (o.start !== undefined) t.periodStart = o.start || null;
  if (o.end !== undefined) t.periodEnd = o.end || null;
  if (o.department !== undefined) t.department = o.department;
  if (o.inspectorsPer !== undefined) t.inspectorsPerEntity = numberOf(o.inspectorsPer);
  if (o.tags !== undefined) t.requiredTags = o.tags;
  if (o.recusal !== undefined) t.sameAreaRecusal = recusalOf(session, o.recusal);
  if (o.leader !== undefined) t.withLeader = o.leader;
  const joint = await jointDepartmentsOf(ctx, session, o, t.itemIds, base);
  if (joint) Object.assign(t, joint);
  return t;
}

async function itemIdsOf(ctx: AppContext, session: CliSession, seqs: string[]): Promise<number[]> {
  const items = await invoke(ctx, 'items:list', {});
  return seqs.map(
    (seq) =>
      items.find((i) => String(i.seq) === seq.trim())?.id ??
      session.fail(`--item：没有序号为 ${seq} 的抽查事项（用 shuangsuiji items list 查看序号）。`),
  );
}

async function planOf(ctx: AppContext, session: CliSession, ref: string): Promise<Pick<TaskInput, 'source' | 'planId'>> {
  if (/^(none|无|临时)$/i.test(ref.trim())) return { source: '临时', planId: null };
  const plans = await invoke(ctx, 'plans:list', {});
  const found = plans.filter((p) => String(p.id) === ref.trim() || p.name === ref.trim());
  if (found.length === 1) return { source: '计划', planId: found[0]!.id };
  if (found.length > 1)
    session.fail(
      `--plan：有 ${found.length} 个年度计划名为“${ref}”，请改写计划 id：${found.map((p) => `${p.id}（${p.year}年）`).join('、')}。`,
    );
  return session.fail(`--plan：没有 id 或名称为“${ref}”的年度计划（用 shuangsuiji plans list 查看）。`);
}

const FILTER_KEYS = { area: 'area', industry: 'industry', type: 'entityType', risk: 'riskClass' } as const;

function filtersOf(session: CliSession, pairs: string[]) {
  const filters = { area: [] as string[], industry: [] as string[], entityType: [] as string[], riskClass: [] as string[] };
  for (const pair of pairs) {
    const [k, ...rest] = pair.split('=');
    const key = FILTER_KEYS[(k ?? '').trim() as keyof typeof FILTER_KEYS];
    const value = rest.join('=').trim();
    if (!key || !value) session.fail(`--filter：“${pair}”应写成 area=西坪镇、industry=…、type=个体工商户 或 risk=A`);
    filters[key].push(value);
  }
  return filters as NonNullable<TaskInput['filters']>;
}

function classRatiosOf(session: CliSession, pairs: string[]): NonNullable<TaskInput['classRatios']> {
  const ratios: Record<string, number> = {};
  for (const pair of pairs.flatMap((p) => p.split(/[,，、\s]+/)).filter(Boolean)) {
    const m = /^([A-Da-d])类?\s*[=＝:：]\s*(.+)$/.exec(pair.trim());
    if (!m) session.fail(`--class-ratio：“${pair}”应写成 分类=比例，如 A=5（信用风险分类只能是 A、B、C、D，比例为百分数）。`);
    const group = m[1]!.toUpperCase();
    if (group in ratios) session.fail(`--class-ratio：${group} 类写了两次。`);
    ratios[group] = numberOf(m[2]!);
  }
  return ratios;
}

function overrideOf(session: CliSession, pair: string) {
  const at = pair.search(/[=＝]/);
  if (at < 1) session.fail(`--allow-repeat：“${pair}”应写成 统一社会信用代码=理由。`);
  return { code: pair.slice(0, at).trim().toUpperCase(), reason: pair.slice(at + 1).trim() };
}

function recusalOf(session: CliSession, rule: string): boolean {
  const r = rule.trim().toLowerCase();
  if (r === 'same-area' || r === '同所回避') return true;
  if (r === 'none' || r === '不回避') return false;
  return session.fail(`--recusal 只能是 same-area（同所回避：不派往本所辖区）或 none（不按所回避），“${rule}”不行。`);
}
