import { cellInteger, cellPercent } from '../xlsx/cell-number.ts';
import { cellText, isBlankCell, type PlainCell } from '../xlsx/cell-value.ts';
import type { ColumnSpec, HeaderMatch } from '../xlsx/header-detect.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import type { TableColumn } from '../xlsx/table-writer.ts';
import { issuesByField } from '../validate.ts';
import type { DepartmentCell } from '../departments/department-refs.ts';
import type { ImportProblem } from './item-import-types.ts';
import type { StoredItemFields } from './item-rows.ts';
import { ITEM_CATEGORIES, itemInputSchema, type Item, type ItemFields, type ItemInput } from './item-schema.ts';

export type ItemColumnKey = keyof ItemFields;

interface ItemColumn extends ColumnSpec<ItemColumnKey>, Omit<TableColumn, 'header'> {}

/**
 * The columns of the item spreadsheet, in the official list's order (序号 … 备注, where 备注 holds
 * the 事项类别), then the three fields the official list lacks, so export → import is lossless.
 * `label` is what our export writes; synonyms are names seen in other bureaus' lists. Only the
 * name and the category are required: an official list without the last three columns imports,
 * and leaves those fields of existing items as they are.
 */
export const ITEM_COLUMNS: readonly ItemColumn[] = [
  { key: 'seq', label: '序号', synonyms: ['编号', '序'], width: 6, align: 'center' },
  {
    key: 'name',
    label: '抽查事项',
    synonyms: ['事项名称', '检查事项', '抽查事项名称', '随机抽查事项', '抽查项目'],
    required: true,
    width: 18,
  },
  { key: 'basis', label: '检查依据', synonyms: ['抽查依据', '依据', '法律依据', '设定依据'], width: 80 },
  { key: 'content', label: '检查内容', synonyms: ['抽查内容'], width: 28 },
  { key: 'method', label: '检查方式', synonyms: ['抽查方式', '检查方法'], width: 16 },
  { key: 'target', label: '适用对象', synonyms: ['检查对象', '抽查对象'], width: 16 },
  {
    key: 'category',
    label: '备注',
    synonyms: ['事项类别', '类别', '事项类型'],
    required: true,
    width: 17,
    align: 'center',
  },
  { key: 'level', label: '事项级别', synonyms: ['级别', '一般/重点', '检查事项级别'], width: 8, align: 'center' },
  { key: 'ratio', label: '抽查比例（%）', synonyms: ['抽查比例', '比例'], width: 8, align: 'center' },
  { key: 'frequency', label: '抽查频次', synonyms: ['频次', '检查频次'], width: 10, align: 'center' },
  // 部门联合抽查 (issue 17): who inspects the item, by full name or 简称; 本局 is the 单位名称.
  {
    key: 'departmentId',
    label: '实施部门',
    synonyms: ['所属部门', '部门', '检查实施部门', '抽查实施部门', '实施机关', '检查实施机关'],
    width: 16,
    align: 'center',
  },
];

/** One row of the file read into item fields, matched to the stored item of the same name. */
export interface ReadRow {
  /** The row number Excel shows. */
  row: number;
  /** 1-based position among the data rows, the 序号 of a row that has none. */
  position: number;
  seq: number;
  fields: StoredItemFields;
  existing: Item | undefined;
}

/**
 * How an import decides the 实施部门: `read` names a cell's department; `chosen` (null = 本局) is
 * the department the clerk imports for, taken by rows the file leaves without one.
 */
export interface ItemDepartmentRule {
  read: (text: string) => DepartmentCell;
  chosen: number | null | undefined;
}

/** A row's reading: `row` is null when some cell cannot be imported; `name` serves the duplicate check. */
export interface RowReading {
  name: string;
  row: ReadRow | null;
  problems: ImportProblem[];
}

/** Names match whatever the whitespace: copied cells and the seed dump break names at random. */
export function itemNameKey(name: string): string {
  return name.replace(/\s+/g, '');
}

/**
 * Reads one data row with the item schema's rules. A column missing from the file leaves the field
 * of an existing item as it is (an official list has no 事项级别); an empty 事项级别 or 备注 cell does
 * too, since those fields cannot be empty. Every problem names the Excel row and the file's column.
 */
export function readItemRow(
  row: SheetRow,
  position: number,
  header: HeaderMatch<ItemColumnKey>,
  storedByNameKey: ReadonlyMap<string, Item>,
  department: ItemDepartmentRule,
): RowReading {
  const cell = (key: ItemColumnKey): PlainCell | undefined => {
    const index = header.columns[key];
    return index === undefined ? undefined : (row.cells[index] ?? '');
  };
  const problem = (key: string, message: string): ImportProblem => ({
    row: row.number,
    column: header.titles[key as ItemColumnKey] ?? labelOf(key),
    message,
  });
  const name = cellText(cell('name') ?? '')
    .replace(/\s*\n\s*/g, '')
    .trim();
  const existing = storedByNameKey.get(itemNameKey(name));
  const problems: ImportProblem[] = [];
  const seq = seqOf(cell('seq'), position);
  if (seq === null) problems.push(problem('seq', '序号必须是正整数（也可以留空，按行的先后编号）'));
  const parsed = itemInputSchema.safeParse(inputOf(cell, name, existing));
  if (!parsed.success) {
    for (const [key, message] of Object.entries(issuesByField(parsed.error))) problems.push(problem(key, message));
  }
  const departmentId = departmentOf(cell('departmentId'), department, existing);
  if (typeof departmentId === 'string') problems.push(problem('departmentId', departmentId));
  if (!parsed.success || seq === null || typeof departmentId === 'string') return { name, row: null, problems };
  const { seq: _seq, ...fields } = parsed.data;
  return { name, row: { row: row.number, position, seq, fields: { ...fields, departmentId }, existing }, problems };
}

/**
 * The row's 实施部门 (null = 本局), or why its cell names none: the cell when it says one, else the
 * department imported for, else what the stored item has (a new one is 本局's).
 */
function departmentOf(value: PlainCell | undefined, rule: ItemDepartmentRule, existing: Item | undefined): number | null | string {
  if (value !== undefined && !isBlankCell(value)) {
    const found = rule.read(cellText(value));
    return 'error' in found ? found.error : found.id;
  }
  if (rule.chosen !== undefined) return rule.chosen;
  return existing?.departmentId ?? null;
}

/** The schema's input; left `unknown` so that a wrong cell reaches the schema and gets its message. */
function inputOf(cell: (key: ItemColumnKey) => PlainCell | undefined, name: string, existing?: Item): Record<keyof ItemInput, unknown> {
  const text = (key: 'basis' | 'content' | 'method' | 'target' | 'frequency'): string | undefined => {
    const value = cell(key);
    return value === undefined ? existing?.[key] : cellText(value);
  };
  const ratio = cell('ratio');
  return {
    name: existing?.name ?? name,
    basis: text('basis'),
    content: text('content'),
    method: text('method'),
    target: text('target'),
    seq: undefined,
    category: choiceOf(cell('category'), categoryOf) ?? existing?.category,
    level: choiceOf(cell('level'), levelOf) ?? existing?.level,
    ratio: ratio === undefined ? (existing?.ratio ?? null) : ratioOf(ratio),
    frequency: text('frequency'),
    // Decided by departmentOf: a department is named by text, not by the schema's id.
    departmentId: undefined,
  };
}

function seqOf(value: PlainCell | undefined, position: number): number | null {
  const seq = value === undefined ? undefined : cellInteger(value);
  if (seq === undefined) return position;
  return seq !== null && seq > 0 ? seq : null;
}

/** A blank cell is undefined (keep what is stored); otherwise the normalised text for the schema. */
function choiceOf(value: PlainCell | undefined, normalise: (text: string) => string): string | undefined {
  if (value === undefined || isBlankCell(value)) return undefined;
  return normalise(cellText(value).normalize('NFKC').replace(/\s+/g, ''));
}

/** "市场监管执法事 项" (a stray space) and the common 其他/其它 mix-up both mean a listed category. */
function categoryOf(text: string): string {
  const fixed = text.replace(/^其他/, '其它');
  return (ITEM_CATEGORIES as readonly string[]).includes(fixed) ? fixed : text;
}

/** 一般事项 / 重点检查事项 mean 一般 / 重点. */
function levelOf(text: string): string {
  return text.replace(/(检查)?事项$/, '');
}

/** Blank is "no default ratio"; text that is not a number goes to the schema, which says so. */
function ratioOf(value: PlainCell): number | null | string {
  const ratio = cellPercent(value);
  if (ratio === undefined) return null;
  return ratio === null ? cellText(value) : ratio;
}

function labelOf(key: string): string {
  return ITEM_COLUMNS.find((c) => c.key === key)?.label ?? key;
}
