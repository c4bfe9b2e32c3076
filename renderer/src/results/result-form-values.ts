import type { ResultInput, TaskResultRow } from './result-types.ts';

/** 是否检查 / 发现问题 / 处置情况 of one 检查事项, as the form holds it. */
export interface FindingValues {
  itemId: number;
  checked: boolean;
  problem: string;
  handling: string;
}

/** A task's 检查事项 as the form names them. */
export type TaskItem = { id: number; name: string };

/** What the result form holds; 检查日期 as the date field gives it ('' = not given). */
export interface ResultFormValues {
  codes: string[];
  methods: string[];
  disposal: string;
  inspectedOn: string;
  findings: string;
  notes: string;
  /** 执法证号 of the team members who went. */
  inspectorsPresent: string[];
  /** One per 检查事项; null until the clerk touches them: the core's defaults for the codes then apply. */
  itemFindings: FindingValues[] | null;
}

export const EMPTY_RESULT: ResultFormValues = {
  codes: [],
  methods: [],
  disposal: '',
  inspectedOn: '',
  findings: '',
  notes: '',
  inspectorsPresent: [],
  itemFindings: null,
};

/**
 * Codes that say the entity could not be inspected (无法联系, 停业, 不配合, 注销…): its items default to
 * 未检查, as the core defaults them (result-service.ts NOT_INSPECTED_CODES).
 */
const NOT_INSPECTED = new Set(['6', '7', '8', '9', '10', '11', '12', 'F']);

/** The findings the form shows: the ones entered, else the defaults the core would store for these codes. */
export function shownFindings(items: readonly TaskItem[], v: ResultFormValues): FindingValues[] {
  const byItem = new Map((v.itemFindings ?? []).map((f) => [f.itemId, f]));
  const checked = !v.codes.some((c) => NOT_INSPECTED.has(c));
  return items.map((i) => byItem.get(i.id) ?? { itemId: i.id, checked, problem: '', handling: '' });
}

/** What the core would refuse, said beside the item as the clerk types: a problem found cannot sit beside “1 未发现问题”. */
export function findingWarnings(items: readonly TaskItem[], v: ResultFormValues): Record<number, string> {
  const warnings: Record<number, string> = {};
  if (v.codes.length !== 1 || v.codes[0] !== '1') return warnings;
  for (const f of shownFindings(items, v)) if (f.problem.trim() !== '') warnings[f.itemId] = '发现了问题，检查结果不能是“1 未发现问题”';
  return warnings;
}

/**
 * A row's result as the form starts it. A row without a result starts with the whole team present
 * and the date last entered (clerks enter a day's inspections together).
 */
export function formValuesOf(row: TaskResultRow, lastDate: string): ResultFormValues {
  const r = row.result;
  if (!r) return { ...EMPTY_RESULT, inspectedOn: lastDate, inspectorsPresent: row.team.map((t) => t.certNo) };
  return {
    codes: r.codes,
    methods: r.methods,
    disposal: r.disposal,
    inspectedOn: r.inspectedOn ?? '',
    findings: r.findings,
    notes: r.notes,
    inspectorsPresent: r.inspectorsPresent,
    itemFindings: r.itemFindings,
  };
}

export function resultInputOf(v: ResultFormValues): ResultInput {
  return {
    codes: v.codes,
    methods: v.methods as ResultInput['methods'],
    disposal: v.disposal as ResultInput['disposal'],
    inspectedOn: v.inspectedOn || null,
    findings: v.findings,
    notes: v.notes,
    inspectorsPresent: v.inspectorsPresent,
    ...(v.itemFindings ? { itemFindings: v.itemFindings } : {}),
  };
}

/** The core's reasons by field: `result.codes` → codes; an item's (`itemFindings.<itemId>`) stays on its item. */
export function fieldReasons(fields: Record<string, string>): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const [key, reason] of Object.entries(fields)) {
    const field = key.replace(/^result\./, '');
    reasons[/^itemFindings\.\d+$/.test(field) ? field : field.split('.')[0]!] ??= reason;
  }
  return reasons;
}
