import path from 'node:path';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { errorCellsOf, excelErrorMessage } from '../xlsx/excel-error.ts';
import { findTable, type FoundTable } from '../xlsx/find-table.ts';
import { openWorkbook } from '../xlsx/workbook-open.ts';
import { checkAssignedDepartment, departmentCellReader } from '../departments/department-refs.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { listDepartments } from '../departments/department-service.ts';
import { ITEM_COLUMNS, itemNameKey, readItemRow, type ItemColumnKey, type ItemDepartmentRule, type ReadRow } from './item-columns.ts';
import type { ImportProblem, ItemImportPreview, ItemImportRow, ItemImportSummary } from './item-import-types.ts';
import { ITEM_FIELD_LABELS, type Item } from './item-schema.ts';
import { insertItemRow, renumber, selectAllItems, updateItemRow, type StoredItemFields } from './item-rows.ts';

type Fields = StoredItemFields;

/** How an item import is made: `departmentId` imports another department's own list (1 = 本局). */
export interface ItemImportOptions {
  /** The 实施部门 of rows the file leaves without one (no 实施部门 column, or a blank cell). */
  departmentId?: number | undefined;
}

/** One valid row of the file, placed in the list it will produce. */
interface PlannedRow extends ItemImportRow {
  fields: Fields;
  existing: Item | undefined;
  fieldsChanged: boolean;
}

interface ImportPlan {
  preview: ItemImportPreview;
  rows: PlannedRow[];
  /** Active items the file does not mention, in their current order; they follow the file's. */
  others: Item[];
}

const COMPARED_FIELDS = [
  'name',
  'basis',
  'content',
  'method',
  'target',
  'category',
  'level',
  'ratio',
  'frequency',
  'departmentId',
] as const;
const PROBLEMS_IN_MESSAGE = 5;

/**
 * What importing an item spreadsheet would do, without writing anything: rows are merged into the
 * list by 抽查事项 name (existing items updated, retired ones restored, new ones added, none
 * deleted); `problems` lists every cell that cannot be imported, by Excel row and column.
 */
export async function previewItemImport(db: Db, filePath: string, options: ItemImportOptions = {}): Promise<ItemImportPreview> {
  const table = await readItemTable(filePath);
  return planImport(db, filePath, table, options).preview;
}

/**
 * Applies the import `previewItemImport` describes, recomputed from the file and the database as
 * they are now, in one transaction: the file lands whole or not at all. Refuses when the file has
 * problems. The file's items take 序号 1..k in the file's 序号 order, the other items follow.
 */
export async function applyItemImport(db: Db, filePath: string, options: ItemImportOptions = {}): Promise<ItemImportSummary> {
  const table = await readItemTable(filePath);
  return db.transaction(() => {
    const plan = planImport(db, filePath, table, options);
    if (plan.preview.problems.length > 0) throw problemsError(plan.preview);
    writePlan(db, plan);
    return { fileName: plan.preview.fileName, counts: plan.preview.counts };
  })();
}

async function readItemTable(filePath: string): Promise<FoundTable<ItemColumnKey>> {
  const workbook = await openWorkbook(filePath);
  return findTable(workbook, ITEM_COLUMNS, filePath);
}

function planImport(db: Db, filePath: string, table: FoundTable<ItemColumnKey>, options: ItemImportOptions): ImportPlan {
  const all = selectAllItems(db);
  const department: ItemDepartmentRule = {
    read: departmentCellReader(db, '实施部门'),
    chosen: options.departmentId === undefined ? undefined : checkAssignedDepartment(db, options.departmentId, null, '实施部门'),
  };
  const { valid, problems } = readRows(table, all, department);
  const ordered = [...valid].sort((a, b) => a.seq - b.seq || a.position - b.position);
  const inFile = new Set(ordered.map((r) => r.existing?.id));
  const others = all.filter((item) => !item.retired && !inFile.has(item.id));
  const names = new Map(listDepartments(db, { includeRetired: true }).map((d) => [d.id, d.name] as const));
  const nameOf = (id: number | null) => names.get(id ?? OWN_DEPARTMENT_ID) ?? '';
  const rows = ordered.map((read, i) => planRow(read, i + 1, nameOf));
  const preview: ItemImportPreview = {
    fileName: path.basename(filePath),
    sheetName: table.sheetName,
    headerRow: table.header.rowNumber,
    rows: rows.map(({ row, seq, name, action, changes }) => ({ row, seq, name, action, changes })),
    counts: countActions(rows),
    problems,
  };
  return { preview, rows, others };
}

/** Reads every data row; a row with a problem, or a name seen before, is left out of `valid`. */
function readRows(
  table: FoundTable<ItemColumnKey>,
  stored: readonly Item[],
  department: ItemDepartmentRule,
): { valid: ReadRow[]; problems: ImportProblem[] } {
  const byKey = new Map(stored.map((item) => [itemNameKey(item.name), item] as const));
  const problems: ImportProblem[] = [];
  const valid: ReadRow[] = [];
  const firstRowOfName = new Map<string, number>();
  table.rows.forEach((row, i) => {
    // A cell showing #N/A holds no data: the row is refused, never read as text or as blank.
    const errors = errorCellsOf(row.cells, table.header.columns);
    if (errors.length > 0) {
      for (const { key, code } of errors)
        problems.push({ row: row.number, column: table.header.titles[key] ?? ITEM_FIELD_LABELS[key], message: excelErrorMessage(code) });
      return;
    }
    const read = readItemRow(row, i + 1, table.header, byKey, department);
    problems.push(...read.problems);
    const key = itemNameKey(read.name);
    const first = key ? firstRowOfName.get(key) : undefined;
    if (key && first === undefined) firstRowOfName.set(key, row.number);
    if (first !== undefined) {
      problems.push({ row: row.number, column: nameColumn(table), message: `与第 ${first} 行的抽查事项重名` });
    } else if (read.row) {
      valid.push(read.row);
    }
  });
  if (table.rows.length === 0) problems.push({ row: null, column: null, message: '表头下面没有任何事项' });
  return { valid, problems };
}

function nameColumn(table: FoundTable<ItemColumnKey>): string {
  return table.header.titles.name ?? ITEM_FIELD_LABELS.name;
}

function planRow(read: ReadRow, seq: number, nameOf: (id: number | null) => string): PlannedRow {
  const { existing, fields } = read;
  const changes = existing ? fieldChanges(existing, fields, nameOf) : [];
  const fieldsChanged = changes.length > 0;
  if (existing && existing.seq !== seq) {
    changes.unshift({ field: 'seq', label: ITEM_FIELD_LABELS.seq, before: seqText(existing.seq), after: String(seq) });
  }
  const action = !existing ? 'new' : existing.retired ? 'restore' : changes.length > 0 ? 'update' : 'unchanged';
  return { row: read.row, seq, name: fields.name, action, changes, fields, existing, fieldsChanged };
}

function fieldChanges(item: Item, fields: Fields, nameOf: (id: number | null) => string): ItemImportRow['changes'] {
  const stored = { ...item, departmentId: item.departmentId ?? null };
  const text = (field: keyof Fields, value: Fields[keyof Fields]) =>
    field === 'departmentId' ? nameOf(value as number | null) : fieldText(field, value);
  return COMPARED_FIELDS.filter((f) => stored[f] !== fields[f]).map((field) => ({
    field,
    label: ITEM_FIELD_LABELS[field],
    before: text(field, stored[field]),
    after: text(field, fields[field]),
  }));
}

function fieldText(field: keyof Fields, value: Fields[keyof Fields]): string {
  if (value === null) return '';
  return field === 'ratio' ? `${value}%` : String(value);
}

function seqText(seq: number | null): string {
  return seq === null ? '（已停用）' : String(seq);
}

function countActions(rows: readonly PlannedRow[]): ItemImportPreview['counts'] {
  const count = (action: ItemImportRow['action']) => rows.filter((r) => r.action === action).length;
  return { new: count('new'), updated: count('update'), restored: count('restore'), unchanged: count('unchanged') };
}

/** Writes a plan; call inside the transaction that computed it. Nothing to do means nothing written. */
function writePlan(db: Db, plan: ImportPlan): void {
  if (plan.rows.every((r) => r.action === 'unchanged')) return;
  // New and restored items need a free 序号 until `renumber` hands out the final ones.
  let spare = (db.prepare('SELECT coalesce(max(abs(seq)), 0) FROM items').pluck().get() as number) + 1;
  const restore = db.prepare(
    `UPDATE items SET seq = ?, retired_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  );
  const ids = plan.rows.map((row) => {
    if (!row.existing) return insertItemRow(db, row.fields, spare++);
    if (row.action === 'restore') restore.run(spare++, row.existing.id);
    if (row.fieldsChanged) updateItemRow(db, row.existing.id, row.fields);
    return row.existing.id;
  });
  renumber(db, [...ids, ...plan.others.map((item) => item.id)]);
}

function problemsError(preview: ItemImportPreview): AppError {
  const { problems } = preview;
  const listed = problems.slice(0, PROBLEMS_IN_MESSAGE).map(formatProblem).join('；');
  const more = problems.length > PROBLEMS_IN_MESSAGE ? `；等共 ${problems.length} 处` : '';
  return new AppError(`文件“${preview.fileName}”中有 ${problems.length} 处问题，未导入任何内容：${listed}${more}。请修改后重新导入。`, {
    cause: `item import refused: ${problems.length} problems`,
  });
}

/** "第 7 行“备注”列：事项类别只能是：…", as the clerk reads a problem. */
function formatProblem(problem: ImportProblem): string {
  const where = `${problem.row ? `第 ${problem.row} 行` : ''}${problem.column ? `“${problem.column}”列` : ''}`;
  return where ? `${where}：${problem.message}` : problem.message;
}
