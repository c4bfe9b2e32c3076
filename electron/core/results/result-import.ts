import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { findTaskId, getTask } from '../tasks/task-service.ts';
import { dateText } from '../import/entity-row.ts';
import { cellText } from '../xlsx/cell-value.ts';
import { findTable } from '../xlsx/find-table.ts';
import type { ColumnSpec } from '../xlsx/header-detect.ts';
import { openWorkbook } from '../xlsx/workbook-open.ts';
import { listResultCodes } from './result-codes.ts';
import { drawDateOf, inspectionDateProblem, setResults, taskResults } from './result-service.ts';
import { resultInputSchema, type ResultInput, type TaskResultRow } from './result-schema.ts';

type Key = 'task' | 'code' | 'result' | 'date' | 'methods' | 'disposal' | 'findings' | 'notes' | 'present';

const SPECS: readonly ColumnSpec<Key>[] = [
  { key: 'task', label: '任务编号', synonyms: ['抽查任务编号', '任务'] },
  { key: 'code', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '注册号'], required: true },
  { key: 'result', label: '检查结果', synonyms: ['抽查结果', '结果', '检查结果代码'], required: true },
  { key: 'date', label: '检查日期', synonyms: ['检查时间', '抽查日期'] },
  { key: 'methods', label: '核查方式', synonyms: ['检查方式'] },
  { key: 'disposal', label: '后续处置', synonyms: ['处置措施', '处置'] },
  { key: 'findings', label: '发现问题', synonyms: ['问题描述'] },
  { key: 'notes', label: '备注' },
  { key: 'present', label: '实到执法人员', synonyms: ['实到人员', '检查人员', '执法人员'] },
];

/** Which column a refused field of the result schema came from. */
const COLUMN_OF_FIELD: Record<string, Key> = { codes: 'result', methods: 'methods', disposal: 'disposal', inspectedOn: 'date', findings: 'findings', notes: 'notes' };

const split = (text: string) => text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean);

/**
 * Results from a spreadsheet: one row per entity with its credit code and result codes (or their
 * names). Every row is checked first; with any problem nothing is written and every problem is
 * listed by row and column. Then all rows land in one transaction. A column the file does not
 * have leaves that part of an entered result as it was; without a 实到执法人员 column, a new
 * result records the entity's drawn team as present (as the screen proposes).
 */
export async function importResults(db: Db, file: string, taskRef?: string, today = dayjs().format('YYYY-MM-DD')): Promise<{ tasks: string[]; rows: number; updated: number }> {
  const table = findTable(await openWorkbook(file), SPECS, file);
  const has = (k: Key) => table.header.columns[k] !== undefined;
  const codes = listResultCodes(db).filter((c) => c.active);
  const byLabel = new Map(codes.flatMap((c) => [[c.code, c.code], [c.label, c.code], [`${c.code}${c.label}`, c.code]]));
  const problems: string[] = [];
  const planned: { taskId: number; entityId: number; result: ResultInput }[] = [];
  const rowsOfTask = new Map<number, Map<string, TaskResultRow>>();
  const drawDateOfTask = new Map<number, string>();
  let updated = 0;
  for (const row of table.rows) {
    const cell = (k: Key) => cellText(row.cells[table.header.columns[k] ?? -1] ?? '').trim();
    const where = (k: Key) => `第 ${row.number} 行“${table.header.titles[k] ?? k}”列`;
    try {
      const taskId = findTaskId(db, cell('task') || taskRef || '');
      const drawn = rowsOfTask.get(taskId) ?? new Map(taskResults(db, taskId).map((r) => [r.code, r]));
      rowsOfTask.set(taskId, drawn);
      const entity = drawn.get(cell('code').normalize('NFKC').replace(/\s+/g, '').toUpperCase());
      if (entity === undefined) { problems.push(`${where('code')}：该代码不在任务的抽取结果中`); continue; }
      const before = entity.result;
      const rowProblems: string[] = [];
      // "4 违反质量技术监督相关规定" gives the code and its label: both name code 4, once.
      const resultCodes = [...new Set(split(cell('result').normalize('NFKC')).map((c) => byLabel.get(c) ?? c))];
      const unknown = resultCodes.filter((c) => !codes.some((k) => k.code === c));
      if (unknown.length > 0) rowProblems.push(`${where('result')}：结果代码表中没有“${unknown.join('、')}”`);
      const date = has('date') ? dateText(row.cells[table.header.columns.date!] ?? '') : (before?.inspectedOn ?? undefined);
      if (date === null) rowProblems.push(`${where('date')}：日期无法识别`);
      const drawnOn = drawDateOfTask.get(taskId) ?? drawDateOf(db, taskId);
      drawDateOfTask.set(taskId, drawnOn);
      const dateProblem = date ? inspectionDateProblem(date, drawnOn, today) : null;
      if (dateProblem) rowProblems.push(`${where('date')}：${dateProblem}`);
      const present = has('present') ? teamMembers(cell('present'), entity) : (before?.inspectorsPresent ?? entity.team.map((t) => t.certNo));
      if (typeof present === 'string') rowProblems.push(`${where('present')}：${present}`);
      const parsed = resultInputSchema.safeParse({
        codes: resultCodes,
        methods: has('methods') ? split(cell('methods')) : (before?.methods ?? []),
        disposal: has('disposal') ? cell('disposal') : (before?.disposal ?? ''),
        inspectedOn: date ?? null,
        findings: has('findings') ? cell('findings') : (before?.findings ?? ''),
        notes: has('notes') ? cell('notes') : (before?.notes ?? ''),
        inspectorsPresent: typeof present === 'string' ? [] : present,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = COLUMN_OF_FIELD[String(issue.path[0])] ?? 'result';
          if (column === 'result' && unknown.length > 0) continue;
          rowProblems.push(`${where(column)}：${issue.message}`);
        }
      }
      problems.push(...rowProblems);
      if (rowProblems.length > 0 || !parsed.success) continue;
      if (before) updated += 1;
      planned.push({ taskId, entityId: entity.entityId, result: parsed.data });
    } catch (err) {
      problems.push(`第 ${row.number} 行：${err instanceof AppError ? err.message : String(err)}`);
    }
  }
  if (problems.length > 0) throw new AppError(`检查结果文件有 ${problems.length} 处问题，未导入任何结果：\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? '\n……' : ''}`);
  if (planned.length === 0) throw new AppError('文件中没有检查结果行。');
  db.transaction(() => {
    for (const p of planned) setResults(db, { taskId: p.taskId, entityIds: [p.entityId], result: p.result, actor: '导入' }, today);
  })();
  return { tasks: [...new Set(planned.map((p) => p.taskId))].map((id) => getTask(db, id).code), rows: planned.length, updated };
}

/** 实到执法人员 as a file writes them (names or 执法证号, separated by 、 or commas) → the team's 执法证号; a string says why not. */
function teamMembers(text: string, entity: TaskResultRow): string[] | string {
  const certs: string[] = [];
  for (const who of split(text.normalize('NFKC'))) {
    const member = entity.team.find((t) => t.certNo === who.toUpperCase() || t.name === who);
    if (!member) return `“${who}”不是该户检查组的成员（${entity.team.map((t) => t.name).join('、')}）`;
    certs.push(member.certNo);
  }
  return certs;
}
