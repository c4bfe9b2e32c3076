import { dateText } from '../import/entity-row.ts';
import { alignFindings, findingProblems, inspectionDateProblem } from './result-service.ts';
import { columnOfFinding, findingsOfRow, type TaskItemColumns } from './result-import-items.ts';
import { resultInputSchema, type ResultFields, type TaskResultRow } from './result-schema.ts';
import { splitList, type ResultColumn, type ResultSheetRow } from './result-import-sheet.ts';

/** Which column a refused field of the result schema came from. */
const COLUMN_OF_FIELD: Record<string, ResultColumn> = {
  codes: 'result',
  methods: 'methods',
  disposal: 'disposal',
  inspectedOn: 'date',
  findings: 'findings',
  notes: 'notes',
};

/** What checking one row's result needs besides the row. */
export interface ResultRules {
  /** Active result codes. */
  active: ReadonlySet<string>;
  /** "4", "违反质量技术监督相关规定" and "4违反质量技术监督相关规定" → "4". */
  byLabel: ReadonlyMap<string, string>;
  /** The local date of the task's live draw: no inspection before it. */
  drawnOn: string;
  today: string;
  /** The task's 检查事项, in its order, and where the file has their findings. */
  items: readonly { id: number; name: string }[];
  itemColumns: TaskItemColumns;
  /**
   * A department's exchange file says "blank = every drawn member of ours went" (its cover tells
   * the department so): a blank 实到执法人员 is its drawn members, not nobody.
   */
  blankPresentIsTeam?: boolean;
}

/**
 * The result one row gives its entity, or every problem of the row (by row and column, as the
 * clerk fixes them in Excel). A column the file does not have keeps that part of an entered
 * result; without a 实到执法人员 column, a new result records the drawn team as present.
 */
export function resultOfRow(
  row: ResultSheetRow,
  entity: TaskResultRow,
  rules: ResultRules,
): { result: ResultFields | null; reasons: string[] } {
  const before = entity.result;
  const reasons: string[] = [];
  // "4 违反质量技术监督相关规定" gives the code and its label: both name code 4, once.
  const codes = [...new Set(splitList(row.text('result').normalize('NFKC')).map((c) => rules.byLabel.get(c) ?? c))];
  const unknown = codes.filter((c) => !rules.active.has(c));
  if (unknown.length > 0) reasons.push(`${row.where('result')}：结果代码表中没有“${unknown.join('、')}”`);
  // The same rule the grid's save applies; checked here so the commit never stops half-way on it.
  if (codes.includes('1') && codes.length > 1) reasons.push(`${row.where('result')}：“1 未发现问题”不能与其他结果同时选择`);
  const date = row.has('date') ? dateText(row.raw('date')) : (before?.inspectedOn ?? undefined);
  if (date === null) reasons.push(`${row.where('date')}：日期无法识别`);
  const dateProblem = date ? inspectionDateProblem(date, rules.drawnOn, rules.today) : null;
  if (dateProblem) reasons.push(`${row.where('date')}：${dateProblem}`);
  const team = () => entity.team.map((t) => t.certNo);
  const present = !row.has('present')
    ? (before?.inspectorsPresent ?? team())
    : row.text('present') === '' && rules.blankPresentIsTeam
      ? team()
      : teamMembers(row.text('present'), entity);
  if (typeof present === 'string') reasons.push(`${row.where('present')}：${present}`);
  const base =
    before?.itemFindings ??
    alignFindings(
      rules.items.map((i) => i.id),
      [],
      codes,
    );
  const found = findingsOfRow(row, rules.itemColumns, base);
  reasons.push(...found.reasons);
  for (const p of found.findings ? findingProblems(rules.items, codes, found.findings) : []) {
    const column = columnOfFinding(rules.itemColumns, p.itemId, p.part);
    reasons.push(`${column === undefined ? row.where('result') : row.whereAt(column)}：${p.message}`);
  }
  const parsed = resultInputSchema.safeParse({
    codes,
    methods: row.has('methods') ? splitList(row.text('methods')) : (before?.methods ?? []),
    disposal: row.has('disposal') ? row.text('disposal') : (before?.disposal ?? ''),
    inspectedOn: date ?? null,
    findings: row.has('findings') ? row.text('findings') : (before?.findings ?? ''),
    notes: row.has('notes') ? row.text('notes') : (before?.notes ?? ''),
    inspectorsPresent: typeof present === 'string' ? [] : present,
    itemFindings: found.findings,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'itemFindings') {
        const finding = found.findings?.[Number(issue.path[1])];
        const at = finding
          ? columnOfFinding(rules.itemColumns, finding.itemId, issue.path[2] === 'handling' ? 'handling' : 'problem')
          : undefined;
        reasons.push(`${at === undefined ? row.where('result') : row.whereAt(at)}：${issue.message}`);
        continue;
      }
      const column = COLUMN_OF_FIELD[String(issue.path[0])] ?? 'result';
      if (column === 'result' && unknown.length > 0) continue;
      reasons.push(`${row.where(column)}：${issue.message}`);
    }
  }
  return { result: parsed.success && reasons.length === 0 ? parsed.data : null, reasons };
}

/** 实到执法人员 as a file writes them (names or 执法证号, separated by 、 or commas) → the team's 执法证号; a string says why not. */
function teamMembers(text: string, entity: TaskResultRow): string[] | string {
  const certs: string[] = [];
  for (const who of splitList(text.normalize('NFKC'))) {
    const member = entity.team.find((t) => t.certNo === who.toUpperCase() || t.name === who);
    if (!member) return `“${who}”不是该户检查组的成员（${entity.team.map((t) => t.name).join('、')}）`;
    certs.push(member.certNo);
  }
  return certs;
}
