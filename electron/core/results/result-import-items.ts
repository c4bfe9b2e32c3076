import { normaliseHeaderText } from '../xlsx/header-detect.ts';
import type { ItemFinding } from './result-schema.ts';
import type { ResultSheetRow } from './result-import-sheet.ts';

/** The three parts of one 检查事项's finding, as the 随机抽查情况记录表 heads them. */
export type FindingPart = 'checked' | 'problem' | 'handling';
export const PART_LABELS: Record<FindingPart, string> = { checked: '是否检查', problem: '发现问题', handling: '处置情况' };

/**
 * The words a heading may end with, per part, longest first so 处置情况 wins over 处置. The
 * strong ones are only ever an item's column: a heading ending so that names no item is refused.
 */
const PART_WORDS: { part: FindingPart; word: string; strong: boolean }[] = [
  { part: 'checked', word: '是否已检查', strong: true },
  { part: 'checked', word: '是否检查', strong: true },
  { part: 'checked', word: '检查与否', strong: true },
  { part: 'problem', word: '发现的问题', strong: true },
  { part: 'problem', word: '发现问题', strong: true },
  { part: 'problem', word: '存在问题', strong: false },
  { part: 'handling', word: '处置情况', strong: true },
  { part: 'handling', word: '处理情况', strong: false },
  { part: 'handling', word: '处置结果', strong: false },
];

/** Separators clerks put between an item and its part: 食品经营许可情况-是否检查, 事项1_是否检查, 1.是否检查. */
const SEPARATORS = /[-—–_·・.．、,，/|\\~～]/g;
const squeeze = (text: string) => normaliseHeaderText(text).replace(SEPARATORS, '');

/** A heading that reads as one part of one item's finding; the item as the heading names it. */
interface ItemHeading {
  column: number;
  part: FindingPart;
  strong: boolean;
  /** What precedes the part's word, squeezed: an item's name, its 序号, or both. */
  prefix: string;
}

/** Headings of the columns not taken by the result's own fields that read as an item's part. */
function itemHeadings(headings: readonly string[], taken: ReadonlySet<number>): ItemHeading[] {
  const found: ItemHeading[] = [];
  headings.forEach((heading, column) => {
    if (taken.has(column)) return;
    const text = squeeze(heading);
    const match = PART_WORDS.find((p) => text.endsWith(p.word) && text.length > p.word.length);
    if (!match) return;
    found.push({ column, part: match.part, strong: match.strong, prefix: text.slice(0, -match.word.length) });
  });
  return found;
}

/** A heading that reads as one part of some item's finding (食品经营许可情况-是否检查). */
export function isItemHeading(heading: string): boolean {
  return itemHeadings([heading], new Set()).length > 0;
}

/** Where each part of one item's finding is in the file. */
export interface ItemColumns {
  itemId: number;
  name: string;
  columns: Partial<Record<FindingPart, number>>;
}

/** The item columns of a file for one task, and what is wrong with the headings (said on each row of the task). */
export interface TaskItemColumns {
  items: ItemColumns[];
  /** Heading problems, by column index. */
  problems: { column: number; message: string }[];
}

/**
 * Which columns hold which item's finding in a task. A heading names an item by its name, by
 * its 序号 on the record sheet, or both (【1】食品经营许可情况-是否检查); both must agree.
 * `whose` names the items in a message: 本任务, or 县应急管理局在本任务 for one department's file.
 */
export function taskItemColumns(
  headings: readonly string[],
  taken: ReadonlySet<number>,
  items: readonly { id: number; name: string }[],
  whose = '本任务',
): TaskItemColumns {
  const byName = new Map(items.map((item, i) => [squeeze(item.name), i]));
  const result: ItemColumns[] = items.map((item) => ({ itemId: item.id, name: item.name, columns: {} }));
  const problems: TaskItemColumns['problems'] = [];
  for (const h of itemHeadings(headings, taken)) {
    const index = itemIndexOf(h.prefix, byName, items.length);
    if (index === undefined) {
      if (h.strong) problems.push({ column: h.column, message: `列名中的检查事项不是${whose}的抽查事项（${whose}共 ${items.length} 项）` });
      continue;
    }
    const target = result[index]!;
    const earlier = target.columns[h.part];
    if (earlier !== undefined) {
      problems.push({ column: h.column, message: `与“${headings[earlier]}”列是同一检查事项的${PART_LABELS[h.part]}，只能有一列` });
      continue;
    }
    target.columns[h.part] = h.column;
  }
  return { items: result.filter((i) => Object.keys(i.columns).length > 0), problems };
}

/**
 * The item a heading's prefix names: its whole name; or 【1】, 事项1, 第1项, 检查事项1 (the 序号 the
 * record sheet prints, the item's place in the task); or a 序号 and a name that agree.
 */
function itemIndexOf(prefix: string, byName: ReadonlyMap<string, number>, count: number): number | undefined {
  const whole = byName.get(prefix);
  if (whole !== undefined) return whole;
  const numbered = /^(?:第|检查事项|抽查事项|事项)?(\d{1,3})项?(.*)$/.exec(prefix);
  if (!numbered) return undefined;
  const position = Number(numbered[1]) - 1;
  if (position < 0 || position >= count) return undefined;
  if (numbered[2] !== '' && byName.get(numbered[2]!) !== position) return undefined;
  return position;
}

const YES = new Set(['是', '√', '✓', '✔', '已检查', '检查', 'Y', 'YES', 'TRUE', '1', '☑']);
const NO = new Set(['否', '×', '✗', '✘', 'X', '未检查', '不检查', 'N', 'NO', 'FALSE', '0', '☐', '□']);

/** 是否检查 as files write it: 是/否, √/×, 已检查/未检查, Y/N; null when blank; a string says why not. */
export function checkedOfText(text: string): boolean | null | string {
  const t = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (t === '') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return `“${text}”无法识别，是否检查请填“是”或“否”`;
}

/**
 * The findings a row gives: the row's cells over `base` (the entered findings, or the defaults
 * for the row's codes). A blank 是否检查 keeps the base, but an item with a problem or a handling
 * written is 已检查. Undefined when the file has no column for any item of the task.
 */
export function findingsOfRow(
  row: ResultSheetRow,
  columns: TaskItemColumns,
  base: readonly ItemFinding[],
): { findings: ItemFinding[] | undefined; reasons: string[] } {
  const reasons = columns.problems.map((p) => `${row.whereAt(p.column)}：${p.message}`);
  if (columns.items.length === 0) return { findings: undefined, reasons };
  const byItem = new Map(columns.items.map((c) => [c.itemId, c.columns]));
  const findings = base.map((f) => {
    const at = byItem.get(f.itemId);
    if (!at) return f;
    const problem = at.problem === undefined ? f.problem : row.textAt(at.problem);
    const handling = at.handling === undefined ? f.handling : row.textAt(at.handling);
    let checked = at.checked === undefined ? null : checkedOfText(row.textAt(at.checked));
    if (typeof checked === 'string') {
      reasons.push(`${row.whereAt(at.checked!)}：${checked}`);
      checked = null;
    }
    const written = (at.problem !== undefined && problem !== '') || (at.handling !== undefined && handling !== '');
    return { itemId: f.itemId, checked: checked ?? (written ? true : f.checked), problem, handling };
  });
  return { findings, reasons };
}

/** The column of an item's part, or the item's first column, for a message about that item. */
export function columnOfFinding(columns: TaskItemColumns, itemId: number | null, part: FindingPart | null): number | undefined {
  const at = columns.items.find((c) => c.itemId === itemId)?.columns;
  if (!at) return undefined;
  return (part ? at[part] : undefined) ?? at.checked ?? at.problem ?? at.handling;
}
