import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { findTaskId, getTask } from '../tasks/task-service.ts';
import { dateText } from '../import/entity-row.ts';
import { cellText } from '../xlsx/cell-value.ts';
import { findTable } from '../xlsx/find-table.ts';
import type { ColumnSpec } from '../xlsx/header-detect.ts';
import { openWorkbook } from '../xlsx/workbook-open.ts';
import { listResultCodes } from './result-codes.ts';
import { setResults, taskResults } from './result-service.ts';
import { resultInputSchema, type ResultInput } from './result-schema.ts';

type Key = 'task' | 'code' | 'result' | 'date' | 'methods' | 'disposal' | 'findings' | 'notes';

const SPECS: readonly ColumnSpec<Key>[] = [
  { key: 'task', label: '任务编号', synonyms: ['抽查任务编号', '任务'] },
  { key: 'code', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '注册号'], required: true },
  { key: 'result', label: '检查结果', synonyms: ['抽查结果', '结果', '检查结果代码'], required: true },
  { key: 'date', label: '检查日期', synonyms: ['检查时间', '抽查日期'] },
  { key: 'methods', label: '核查方式', synonyms: ['检查方式'] },
  { key: 'disposal', label: '后续处置', synonyms: ['处置措施', '处置'] },
  { key: 'findings', label: '发现问题', synonyms: ['问题描述'] },
  { key: 'notes', label: '备注' },
];

const split = (text: string) => text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean);

/**
 * Results from a spreadsheet: one row per entity with its credit code and result codes (or their
 * names). Every row is checked first; with any problem nothing is written and every problem is
 * listed by row and column. Then all rows land in one transaction.
 */
export async function importResults(db: Db, file: string, taskRef?: string): Promise<{ tasks: string[]; rows: number }> {
  const table = findTable(await openWorkbook(file), SPECS, file);
  const codes = listResultCodes(db).filter((c) => c.active);
  const byLabel = new Map(codes.flatMap((c) => [[c.code, c.code], [c.label, c.code], [`${c.code}${c.label}`, c.code]]));
  const problems: string[] = [];
  const planned: { taskId: number; entityId: number; result: ResultInput }[] = [];
  const drawnCache = new Map<number, Map<string, number>>();
  for (const row of table.rows) {
    const cell = (k: Key) => cellText(row.cells[table.header.columns[k] ?? -1] ?? '').trim();
    const where = (k: Key) => `第 ${row.number} 行“${table.header.titles[k] ?? k}”列`;
    try {
      const taskId = findTaskId(db, cell('task') || taskRef || '');
      const drawn = drawnCache.get(taskId) ?? new Map(taskResults(db, taskId).map((r) => [r.code, r.entityId]));
      drawnCache.set(taskId, drawn);
      const entityId = drawn.get(cell('code').normalize('NFKC').replace(/\s+/g, '').toUpperCase());
      if (entityId === undefined) { problems.push(`${where('code')}：该代码不在任务的抽取结果中`); continue; }
      // "4 违反质量技术监督相关规定" gives the code and its label: both name code 4, once.
      const resultCodes = [...new Set(split(cell('result').normalize('NFKC')).map((c) => byLabel.get(c) ?? c))];
      const date = dateText(row.cells[table.header.columns.date ?? -1] ?? '');
      if (date === null) { problems.push(`${where('date')}：日期无法识别`); continue; }
      const parsed = resultInputSchema.safeParse({ codes: resultCodes, methods: split(cell('methods')), disposal: cell('disposal'), inspectedOn: date ?? null, findings: cell('findings'), notes: cell('notes') });
      if (!parsed.success) { problems.push(`${where('result')}：${parsed.error.issues.map((i) => i.message).join('；')}`); continue; }
      const unknown = resultCodes.filter((c) => !codes.some((k) => k.code === c));
      if (unknown.length > 0) { problems.push(`${where('result')}：结果代码表中没有“${unknown.join('、')}”`); continue; }
      planned.push({ taskId, entityId, result: parsed.data });
    } catch (err) {
      problems.push(`第 ${row.number} 行：${err instanceof AppError ? err.message : String(err)}`);
    }
  }
  if (problems.length > 0) throw new AppError(`检查结果文件有 ${problems.length} 处问题，未导入任何结果：\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? '\n……' : ''}`);
  if (planned.length === 0) throw new AppError('文件中没有检查结果行。');
  db.transaction(() => {
    for (const p of planned) setResults(db, { taskId: p.taskId, entityIds: [p.entityId], result: p.result, actor: '导入' });
  })();
  return { tasks: [...new Set(planned.map((p) => p.taskId))].map((id) => getTask(db, id).code), rows: planned.length };
}
