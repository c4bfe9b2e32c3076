import type { Task, TaskInput } from './task-types.ts';

export const CLASS_KEYS = ['A', 'B', 'C', 'D'] as const;
export type ClassKey = (typeof CLASS_KEYS)[number];

/** What the task form holds: numbers as typed, so an empty field stays empty. */
export interface TaskFormValues {
  name: string;
  source: '计划' | '临时';
  planId: number | null;
  itemIds: number[];
  /** '' = the whole 名录库. */
  roster: string;
  area: string[];
  industry: string[];
  entityType: string[];
  riskClass: string[];
  mode: 'count' | 'ratio';
  count: string;
  ratio: string;
  byClass: boolean;
  classRatios: Record<ClassKey, string>;
  repeatWindowMonths: string;
  repeatOverrides: { code: string; name: string; reason: string }[];
  periodStart: string;
  periodEnd: string;
  department: string;
  inspectorsPerEntity: string;
  /** 所需执法领域: an inspector holding any one of them may be drawn; none = anyone. */
  requiredTags: string[];
  sameAreaRecusal: boolean;
  withLeader: boolean;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function formValuesOf(task: Task | null): TaskFormValues {
  const ratios = task?.classRatios ?? {};
  return {
    name: task?.name ?? '',
    source: task?.source ?? '临时',
    planId: task?.planId ?? null,
    itemIds: task?.itemIds ?? [],
    roster: task?.roster ?? '',
    area: task?.filters.area ?? [],
    industry: task?.filters.industry ?? [],
    entityType: task?.filters.entityType ?? [],
    riskClass: task?.filters.riskClass ?? [],
    mode: task?.ratio != null ? 'ratio' : 'count',
    count: text(task?.count),
    ratio: text(task?.ratio),
    byClass: Object.keys(ratios).length > 0,
    classRatios: { A: text(ratios.A), B: text(ratios.B), C: text(ratios.C), D: text(ratios.D) },
    repeatWindowMonths: text(task?.repeatWindowMonths ?? 12),
    repeatOverrides: task?.repeatOverrides ?? [],
    periodStart: task?.periodStart ?? '',
    periodEnd: task?.periodEnd ?? '',
    department: task?.department ?? '',
    inspectorsPerEntity: text(task?.inspectorsPerEntity ?? 2),
    requiredTags: task?.requiredTags ?? [],
    sameAreaRecusal: task?.sameAreaRecusal ?? false,
    withLeader: task?.withLeader ?? true,
  };
}

const number = (s: string) => (s.trim() === '' ? null : Number(s));

/** Hands the values to the core as they are; the core's schema judges them. */
export function taskInputOf(v: TaskFormValues): TaskInput {
  const classRatios: Partial<Record<ClassKey, number>> = {};
  if (v.mode === 'ratio' && v.byClass) {
    for (const key of CLASS_KEYS) {
      const n = number(v.classRatios[key]);
      if (n !== null) classRatios[key] = n;
    }
  }
  const months = number(v.repeatWindowMonths);
  const perEntity = number(v.inspectorsPerEntity);
  return {
    name: v.name,
    source: v.source,
    planId: v.source === '计划' ? v.planId : null,
    itemIds: v.itemIds,
    roster: v.roster || null,
    filters: {
      area: v.area,
      industry: v.industry,
      entityType: v.entityType as NonNullable<TaskInput['filters']>['entityType'],
      riskClass: v.riskClass as NonNullable<TaskInput['filters']>['riskClass'],
    },
    count: v.mode === 'count' ? number(v.count) : null,
    ratio: v.mode === 'ratio' ? number(v.ratio) : null,
    classRatios,
    ...(months !== null ? { repeatWindowMonths: months } : {}),
    repeatOverrides: v.repeatOverrides.map(({ code, reason }) => ({ code, reason })),
    periodStart: v.periodStart || null,
    periodEnd: v.periodEnd || null,
    department: v.department,
    ...(perEntity !== null ? { inspectorsPerEntity: perEntity } : {}),
    requiredTags: v.requiredTags,
    sameAreaRecusal: v.sameAreaRecusal,
    withLeader: v.withLeader,
  };
}

/**
 * The core's reasons by form field. The door nests the task under `task.` and the filters under
 * `filters.`; a reason about one 允许重复抽查 row goes to the list as a whole.
 */
export function fieldReasons(fields: Record<string, string>): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const [key, reason] of Object.entries(fields)) {
    const path = key.replace(/^task\./, '').replace(/^filters\./, '');
    const field = path.startsWith('classRatios.') ? path.split('.').slice(0, 2).join('.') : path.split('.')[0]!;
    reasons[field] ??= reason;
  }
  return reasons;
}
