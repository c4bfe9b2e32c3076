import type { Fact } from '../common/FactList.tsx';
import type { Plan, Task } from './task-types.ts';

const FILTER_LABELS = { area: '所属区域', industry: '行业门类', entityType: '主体类型', riskClass: '信用风险分类' } as const;

/** The 定向 conditions in one line, or 不定向. */
export function scopeText(filters: Task['filters']): string {
  const parts = (Object.keys(FILTER_LABELS) as (keyof typeof FILTER_LABELS)[])
    .filter((k) => filters[k].length > 0)
    .map((k) => `${FILTER_LABELS[k]}：${filters[k].join('、')}`);
  return parts.length ? `定向　${parts.join('；')}` : '不定向（不设筛选条件）';
}

function amountText(task: Task): string {
  if (task.count !== null) return `${task.count} 户`;
  const classes = Object.entries(task.classRatios).map(([k, v]) => `${k} 类 ${v}%`);
  return `候选数量的 ${task.ratio}%（向上取整）${classes.length ? `；${classes.join('，')}，其余按 ${task.ratio}%` : ''}`;
}

function repeatText(task: Task): string {
  const base = task.repeatWindowMonths ? `近 ${task.repeatWindowMonths} 个月内因相同事项抽中过的不再抽取` : '不排除近期抽查过的主体';
  const overrides = task.repeatOverrides.map((o) => `${o.name}（${o.reason}）`);
  return overrides.length ? `${base}；允许重复：${overrides.join('、')}` : base;
}

/** 所需执法领域 in one line: the tags (any one suffices), or 不限. */
export function requiredTagsText(tags: readonly string[]): string {
  return tags.length ? `${tags.join('、')}（具备其一即可）` : '不限';
}

/** 跨部门联合抽查 with its lead and participants, or 本部门抽查 (the provincial platform's 本部门/跨部门). */
export function jointText(task: Task): string {
  if (!task.joint) return '本部门抽查';
  const [lead, ...others] = task.departments;
  return `跨部门联合抽查　牵头部门：${lead?.name ?? ''}；参与部门：${others.map((d) => d.name).join('、')}`;
}

/** The joint team per entity: its size and each department's share, the 组长 from the lead. */
function teamText(task: Task): string {
  const extras = `${task.withLeader ? '，组长由牵头部门担任' : ''}${task.sameAreaRecusal ? '，同所回避' : ''}`;
  if (!task.joint)
    return `每户 ${task.inspectorsPerEntity} 名执法人员${task.withLeader ? '，设组长' : ''}${task.sameAreaRecusal ? '，同所回避' : ''}`;
  const shares = task.departments.map((d) => `${d.shortName} ${d.perEntity} 名`).join(' + ');
  return `联合检查组每户 ${task.inspectorsPerEntity} 名（${shares}）${extras}`;
}

/** A task's terms as the detail page lists them, left column then right column. */
export function taskTerms(task: Task, plans: Plan[]): [Fact[], Fact[]] {
  const plan = plans.find((p) => p.id === task.planId);
  return [
    [
      { label: '抽查类型', value: jointText(task) },
      // A joint task's items are listed per department below the terms.
      ...(task.joint ? [] : [{ label: '抽查事项', value: task.items.map((i) => `${i.seq ?? '—'} ${i.name}`).join('；') }]),
      { label: '任务来源', value: task.source === '计划' ? `年度计划　${plan ? `${plan.year}年 ${plan.name}` : ''}` : '临时任务' },
      { label: '抽取名录', value: task.roster ?? '全部检查对象名录库' },
      { label: '抽取条件', value: scopeText(task.filters) },
      { label: '抽取数量', value: amountText(task) },
    ],
    [
      { label: '避免重复', value: repeatText(task) },
      { label: '检查期限', value: task.periodStart || task.periodEnd ? `${task.periodStart ?? '—'} 至 ${task.periodEnd ?? '—'}` : '' },
      { label: '实施部门', value: task.department },
      { label: '检查组', value: teamText(task) },
      { label: '执法领域', value: requiredTagsText(task.requiredTags) },
    ],
  ];
}
