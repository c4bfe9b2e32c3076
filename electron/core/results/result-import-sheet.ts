import { readExchangeCover, type ExchangeCover } from '../exchange/exchange-cover-read.ts';
import { cellText } from '../xlsx/cell-value.ts';
import { findTable, type FoundTable } from '../xlsx/find-table.ts';
import type { ColumnSpec } from '../xlsx/header-detect.ts';
import { worksheetRows, type SheetRow } from '../xlsx/sheet-rows.ts';
import { openWorkbook } from '../xlsx/workbook-open.ts';

/** The columns a results sheet may have. */
export type ResultColumn = 'task' | 'code' | 'result' | 'date' | 'methods' | 'disposal' | 'findings' | 'notes' | 'present' | 'correction';

const SPECS: readonly ColumnSpec<ResultColumn>[] = [
  { key: 'task', label: '任务编号', synonyms: ['抽查任务编号', '任务'] },
  { key: 'code', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '注册号'], required: true },
  { key: 'result', label: '检查结果', synonyms: ['抽查结果', '结果', '检查结果代码'], required: true },
  { key: 'date', label: '检查日期', synonyms: ['检查时间', '抽查日期'] },
  { key: 'methods', label: '核查方式', synonyms: ['检查方式'] },
  { key: 'disposal', label: '后续处置', synonyms: ['处置措施', '处置'] },
  { key: 'findings', label: '发现问题', synonyms: ['问题描述'] },
  { key: 'notes', label: '备注' },
  { key: 'present', label: '实到执法人员', synonyms: ['实到人员', '检查人员', '执法人员'] },
  { key: 'correction', label: '更正理由', synonyms: ['更正原因', '更正说明'] },
];

export type ResultTable = FoundTable<ResultColumn> & {
  /** Every header cell's text by column index, for the columns of each 检查事项 (which depend on the task). */
  headings: string[];
  /** The cover of a department's exchange workbook (whose part of which task), null for any other file. */
  cover: ExchangeCover | null;
};

/** The results sheet of a workbook: the first visible sheet with 统一社会信用代码 and 检查结果. */
export async function readResultTable(file: string): Promise<ResultTable> {
  const workbook = await openWorkbook(file);
  const table = findTable(workbook, SPECS, file);
  const sheet = workbook.getWorksheet(table.sheetName);
  const header = sheet ? worksheetRows(sheet).find((r) => r.number === table.header.rowNumber) : undefined;
  return { ...table, headings: (header?.cells ?? []).map((c) => cellText(c).trim()), cover: readExchangeCover(workbook) };
}

/** One data row as the checks read it: its cells by column, and where a problem is. */
export interface ResultSheetRow {
  number: number;
  has(k: ResultColumn): boolean;
  /** The cell's text, trimmed; '' for a column the file lacks. */
  text(k: ResultColumn): string;
  /** The cell as read (a date may be a Date), for the date parser. */
  raw(k: ResultColumn): SheetRow['cells'][number];
  /** 第 3 行“检查结果”列, with the column's title as the file writes it. */
  where(k: ResultColumn): string;
  /** The text of the cell in column `index` (0 = A), for the columns of the 检查事项. */
  textAt(index: number): string;
  /** 第 3 行“食品经营许可情况-是否检查”列. */
  whereAt(index: number): string;
}

export function sheetRow(table: ResultTable, row: SheetRow): ResultSheetRow {
  const { columns, titles } = table.header;
  const raw = (k: ResultColumn) => row.cells[columns[k] ?? -1] ?? '';
  return {
    number: row.number,
    has: (k) => columns[k] !== undefined,
    text: (k) => cellText(raw(k)).trim(),
    raw,
    where: (k) => `第 ${row.number} 行“${titles[k] ?? k}”列`,
    textAt: (index) => cellText(row.cells[index] ?? '').trim(),
    whereAt: (index) => `第 ${row.number} 行“${(table.headings[index] ?? '').replace(/\s+/g, '')}”列`,
  };
}

/** Lists in a cell: 实地检查、书面检查 / 4,A / 张三 李四. */
export const splitList = (text: string) =>
  text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
