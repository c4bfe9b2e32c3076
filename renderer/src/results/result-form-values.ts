import type { ResultInput, TaskResultRow } from './result-types.ts';

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
}

export const EMPTY_RESULT: ResultFormValues = {
  codes: [],
  methods: [],
  disposal: '',
  inspectedOn: '',
  findings: '',
  notes: '',
  inspectorsPresent: [],
};

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
  };
}

/** The core's reasons by field: `result.codes` → codes. */
export function fieldReasons(fields: Record<string, string>): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const [key, reason] of Object.entries(fields)) reasons[key.replace(/^result\./, '').split('.')[0]!] ??= reason;
  return reasons;
}
