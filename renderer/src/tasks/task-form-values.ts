import type { Task, TaskInput } from './task-types.ts';

export const CLASS_KEYS = ['A', 'B', 'C', 'D'] as const;
export type ClassKey = (typeof CLASS_KEYS)[number];

/** One department of a joint task as the form holds it: its items and its k as typed. */
export interface JointDepartmentValues {
  departmentId: number;
  itemIds: number[];
  perEntity: string;
}

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
  /** 部门联合抽查 (跨部门) rather than 本部门抽查. */
  joint: boolean;
  /**
   * A joint task's departments, the lead (牵头部门) first; kept while the clerk switches back and
   * forth. Empty until 部门联合抽查 is chosen, which puts 本局 in as the lead.
   */
  departments: JointDepartmentValues[];
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
    joint: task?.joint ?? false,
    departments: (task?.departments ?? []).map((d) => ({
      departmentId: d.departmentId,
      itemIds: d.itemIds,
      perEntity: String(d.perEntity),
    })),
  };
}

/** 联合检查组 per entity: the sum of the departments' k, counting what is typed so far. */
export function jointTeamSize(departments: JointDepartmentValues[]): number {
  return departments.reduce((sum, d) => sum + (Number.isInteger(Number(d.perEntity)) ? Number(d.perEntity) : 0), 0);
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
  // A joint task's team size is the departments' sum, which the core works out itself.
  const perEntity = v.joint ? null : number(v.inspectorsPerEntity);
  return {
    name: v.name,
    source: v.source,
    planId: v.source === '计划' ? v.planId : null,
    itemIds: v.joint ? [...new Set(v.departments.flatMap((d) => d.itemIds))] : v.itemIds,
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
    joint: v.joint,
    departments: v.joint
      ? v.departments.map((d) => ({ departmentId: d.departmentId, itemIds: d.itemIds, perEntity: number(d.perEntity) as number }))
      : [],
  };
}

/** How many segments of a path name a form field: a class ratio, one joint department's items or k. */
function fieldDepth(path: string): number {
  if (path.startsWith('classRatios.')) return 2;
  if (/^departments\.\d+\.(itemIds|perEntity|departmentId)/.test(path)) return 3;
  return 1;
}

/**
 * The core's reasons by form field. The door nests the task under `task.` and the filters under
 * `filters.`; a reason about one 允许重复抽查 row goes to the list as a whole, one about a joint
 * department's items or k to that department's row (`departments.0.itemIds`).
 */
export function fieldReasons(fields: Record<string, string>): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const [key, reason] of Object.entries(fields)) {
    const path = key.replace(/^task\./, '').replace(/^filters\./, '');
    const field = path.split('.').slice(0, fieldDepth(path)).join('.');
    reasons[field] ??= reason;
  }
  return reasons;
}
