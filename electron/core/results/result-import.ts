import { createHash } from 'node:crypto';
import path from 'node:path';
import dayjs from 'dayjs';
import { checkEnterer } from '../staff/staff-service.ts';
import type { Db } from '../db/connection.ts';
import { findDepartmentId, getDepartment } from '../departments/department-service.ts';
import { AppError } from '../errors.ts';
import { checkExchangeCover } from '../exchange/exchange-cover-read.ts';
import { findTaskId } from '../tasks/task-service.ts';
import { quotedFileName } from '../xlsx/file-name.ts';
import { resultChanges, resultWording } from './result-import-changes.ts';
import { checkResultRows } from './result-import-rows.ts';
import { readResultTable, type ResultTable } from './result-import-sheet.ts';
import type { ResultImportCounts, ResultImportOutcome, ResultImportRow } from './result-import-types.ts';
import { resultWriter } from './result-service.ts';
import type { ResultFields } from './result-schema.ts';

/** A row the commit writes: a new or a changed result, checked as `setResults` checks one. */
interface PlannedWrite {
  taskId: number;
  /** A joint task's department; undefined for a single-department task (本局's, as always). */
  departmentId: number | undefined;
  taskCode: string;
  entityId: number;
  /** The entity's credit code, as the audit entry names it. */
  entityCode: string;
  result: ResultFields;
  /** 更正理由, for a result already published. */
  correctionReason: string;
}

interface ImportPlan {
  rows: ResultImportRow[];
  writes: PlannedWrite[];
}

/** For which task and department the rows are meant. */
interface ImportScope {
  taskRef: string | undefined;
  departmentId: number | undefined;
}

/**
 * A department's exchange workbook says on its cover whose part of which task it is: the chosen
 * task and department must be those (a file of another task or department is refused whole), and
 * where none was chosen, the cover's are meant. Any other results file is as the clerk chose.
 */
function scopeOf(db: Db, table: ResultTable, file: string, chosen: ImportScope): ImportScope {
  const { cover } = table;
  if (!cover) return chosen;
  const taskId = findTaskId(db, chosen.taskRef ?? cover.taskCode);
  let coverDepartmentId: number | undefined;
  try {
    coverDepartmentId = findDepartmentId(db, cover.department, '填报部门');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
  checkExchangeCover(db, cover, path.basename(file), { taskId, departmentId: chosen.departmentId, coverDepartmentId });
  return { taskRef: chosen.taskRef ?? cover.taskCode, departmentId: chosen.departmentId ?? coverDepartmentId };
}

/** Every row's verdict against the database as it is now; reads only. */
function planImport(db: Db, table: ResultTable, scope: ImportScope, today: string): ImportPlan {
  const words = resultWording(db);
  const rows: ResultImportRow[] = [];
  const writes: PlannedWrite[] = [];
  for (const checked of checkResultRows(db, table, scope.taskRef, today, scope.departmentId)) {
    const line = { row: checked.row, task: checked.task, code: checked.code, name: checked.entity?.name ?? '' };
    if (checked.blank) {
      rows.push({ ...line, verdict: 'unchanged', changes: [], reasons: [] });
      continue;
    }
    if (!checked.write || !checked.entity) {
      rows.push({ ...line, verdict: 'refused', changes: [], reasons: checked.reasons });
      continue;
    }
    const { result: before } = checked.entity;
    const changes = resultChanges(checked.entity, checked.write.result, words, checked.write.items);
    const verdict = before === null ? 'new' : changes.length > 0 ? 'changed' : 'unchanged';
    // A published result changes only as a 更正, with its reason (as setResults requires).
    if (verdict === 'changed' && before?.publishedOn && checked.write.correctionReason === '') {
      const reason = `第 ${checked.row} 行：该户的检查结果已于 ${before.publishedOn} 公示，修改须作为更正，请在“更正理由”列写明理由`;
      rows.push({ ...line, verdict: 'refused', changes: [], reasons: [reason] });
      continue;
    }
    rows.push({ ...line, verdict, changes, reasons: [] });
    if (verdict !== 'unchanged')
      writes.push({
        taskId: checked.write.taskId,
        departmentId: checked.write.departmentId,
        taskCode: checked.task,
        entityId: checked.entity.entityId,
        entityCode: checked.entity.code,
        result: checked.write.result,
        correctionReason: before?.publishedOn ? checked.write.correctionReason : '',
      });
  }
  return { rows, writes };
}

function outcomeOf(db: Db, file: string, scope: ImportScope, plan: ImportPlan, dryRun: boolean): ResultImportOutcome {
  const counts: ResultImportCounts = { new: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const row of plan.rows) counts[row.verdict] += 1;
  const tasks = [...new Set(plan.rows.filter((r) => r.verdict !== 'refused').map((r) => r.task))];
  const fingerprint = createHash('sha256').update(JSON.stringify(plan.rows)).digest('hex');
  return {
    dryRun,
    fileName: path.basename(file),
    tasks,
    ...(scope.departmentId !== undefined ? { department: getDepartment(db, scope.departmentId).name } : {}),
    counts,
    written: dryRun ? 0 : plan.writes.length,
    rows: plan.rows,
    fingerprint,
  };
}

async function readRows(file: string): Promise<ResultTable> {
  const table = await readResultTable(file);
  if (table.rows.length === 0) throw new AppError(`文件${quotedFileName(file)}中没有检查结果行。`);
  return table;
}

/** For whom a results file is imported. */
export interface ResultImportScope {
  /**
   * A joint task's department whose results the file holds ("谁检查、谁录入"): required for a
   * joint task unless the file is that department's exchange workbook, whose cover names it.
   */
  departmentId?: number | undefined;
}

/**
 * What importing a results file would do, row by row, writing nothing: new / changed / unchanged /
 * refused, the old and new value of every changed field, and every problem by row and column.
 */
export async function previewResultImport(
  db: Db,
  file: string,
  taskRef?: string,
  today = dayjs().format('YYYY-MM-DD'),
  options: ResultImportScope = {},
): Promise<ResultImportOutcome> {
  const table = await readRows(file);
  const scope = scopeOf(db, table, file, { taskRef, departmentId: options.departmentId });
  return outcomeOf(db, file, scope, planImport(db, table, scope, today), true);
}

export interface ResultImportOptions extends ResultImportScope {
  /**
   * Write the good rows although others are refused (the clerk saw the preview's "N 行不会导入").
   * Without it a file with any refused row writes nothing and lists every problem, as a script
   * that never saw a preview expects.
   */
  skipRefused?: boolean | undefined;
  /** The preview's fingerprint: refuse when the file or the entered results changed since. */
  fingerprint?: string | undefined;
  /** The 录入员 who imports: the results are his entries (a reviewer may not review them). */
  actor?: string | undefined;
}

/**
 * Imports a results file: the same check as the preview, made again inside the transaction that
 * writes, so what is written is exactly the preview's new and changed rows, all or none. Unchanged
 * rows are not rewritten; a file that changes nothing writes nothing (and says so: `written` 0).
 */
export async function importResults(
  db: Db,
  file: string,
  taskRef?: string,
  today = dayjs().format('YYYY-MM-DD'),
  options: ResultImportOptions = {},
): Promise<ResultImportOutcome> {
  const table = await readRows(file);
  return db.transaction(() => {
    checkEnterer(db, options.actor ?? '');
    const scope = scopeOf(db, table, file, { taskRef, departmentId: options.departmentId });
    const plan = planImport(db, table, scope, today);
    const outcome = outcomeOf(db, file, scope, plan, false);
    if (options.fingerprint !== undefined && options.fingerprint !== outcome.fingerprint) {
      throw new AppError('预览之后，文件或已录入的检查结果有了变化，没有导入。请重新选择文件，核对预览后再导入。');
    }
    if (outcome.counts.refused > 0 && !options.skipRefused) throw problemsError(plan.rows);
    // The plan holds only rows that passed every check setResults makes (active codes, 1 alone,
    // the date between the draw and today, the entity in the live draw, the schema), read in this
    // transaction: each is written as setResults would write it alone, one result and one audit
    // entry per row, with no second reading of the task's draw.
    const write = resultWriter(db);
    for (const w of plan.writes) {
      write({
        taskId: w.taskId,
        departmentId: w.departmentId,
        taskCode: w.taskCode,
        entities: [{ entityId: w.entityId, code: w.entityCode, present: w.result.inspectorsPresent }],
        fields: w.result,
        actor: options.actor?.trim() || '导入',
        correctionReason: w.correctionReason,
      });
    }
    return outcome;
  })();
}

/** Every problem of the file, one line each, the first 20 shown. */
function problemsError(rows: ResultImportRow[]): AppError {
  const problems = rows.flatMap((r) => r.reasons);
  return new AppError(
    `检查结果文件有 ${problems.length} 处问题，未导入任何结果：\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? '\n……' : ''}`,
  );
}
