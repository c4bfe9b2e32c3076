import type ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { listResultCodes } from '../results/result-codes.ts';
import { PART_LABELS } from '../results/result-import-items.ts';
import { CHECK_METHODS, DISPOSALS } from '../results/result-schema.ts';
import { addResultSheet, type ResultSheetData } from '../results/result-export.ts';
import { addTableSheet } from '../xlsx/table-writer.ts';

/** The lists the result sheet's drop-downs read, one column each on the 选项 sheet. */
const OPTIONS_SHEET = '选项';

/** The columns the department types into, wider than the results export prints them. */
const TYPING_WIDTHS: Record<string, number> = { 检查结果: 16, 检查日期: 15, 核查方式: 18 };

/** Columns whose text Excel or WPS would turn into numbers or dates: kept as text ('@'). */
const TEXT_COLUMNS = new Set(['任务编号', '统一社会信用代码', '检查结果', '核查方式', '实到执法人员']);

/**
 * The 选项 sheet: active result codes with their meaning (the drop-down shows both, the import
 * reads the code), 核查方式 and 后续处置. Returns each list's range for a validation formula.
 */
function addOptionsSheet(db: Db, workbook: ExcelJS.Workbook): { codes: string; methods: string; disposals: string } {
  const codes = listResultCodes(db)
    .filter((c) => c.active)
    .map((c) => `${c.code} ${c.label}`);
  const length = Math.max(codes.length, CHECK_METHODS.length, DISPOSALS.length);
  const at = (list: readonly string[], i: number) => list[i] ?? null;
  addTableSheet(workbook, {
    sheetName: OPTIONS_SHEET,
    title: '填写“检查结果”表时可选的代码和用语（供下拉列表使用，请勿修改）',
    columns: [
      { header: '检查结果代码', width: 40 },
      { header: '核查方式', width: 28 },
      { header: '后续处置', width: 60 },
    ],
    rows: Array.from({ length }, (_, i) => [at(codes, i), at(CHECK_METHODS, i), at(DISPOSALS, i)]),
  });
  // Title on row 1, header on row 2: the lists start on row 3.
  const range = (column: string, count: number) => `'${OPTIONS_SHEET}'!$${column}$3:$${column}$${2 + count}`;
  return { codes: range('A', codes.length), methods: range('B', CHECK_METHODS.length), disposals: range('C', DISPOSALS.length) };
}

type Rule = Omit<ExcelJS.DataValidation, 'allowBlank' | 'showErrorMessage' | 'showInputMessage'>;

/** The rule for each column the clerk fills, by its header; none for free text. */
function rulesOf(header: string, lists: ReturnType<typeof addOptionsSheet>): Rule | null {
  // A list validation lets one value be picked, but codes and methods are multi-select: a warning
  // (not a stop) lets the clerk type "4、A" and keep it.
  const multi = (formula: string, prompt: string): Rule => ({
    type: 'list',
    formulae: [formula],
    errorStyle: 'warning',
    errorTitle: '请核对',
    error: '不在下拉列表中。多个值请用顿号分隔（如“4、A”），代码见“选项”表。',
    promptTitle: header,
    prompt,
  });
  if (header === '检查结果') return multi(lists.codes, '填结果代码，可多选，用顿号分隔，如“4、A”；“1”不能与其他代码同填');
  if (header === '核查方式') return multi(lists.methods, '可多选，用顿号分隔');
  if (header === '后续处置') return { ...multi(lists.disposals, '从下拉列表中选择一项'), error: '请从下拉列表中选择一项后续处置。' };
  if (header.endsWith(`-${PART_LABELS.checked}`)) {
    return { type: 'list', formulae: ['"是,否"'], errorStyle: 'stop', errorTitle: '是否检查', error: '请填“是”或“否”。' };
  }
  if (header === '检查日期') {
    return {
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      errorStyle: 'information',
      errorTitle: '检查日期',
      error: '请填日期，如 2026-12-03 或 2026年12月3日。',
      promptTitle: header,
      prompt: '如 2026-12-03 或 2026年12月3日',
    };
  }
  return null;
}

/**
 * The sheet the department fills: exactly the results export's columns (the import reads it
 * back as it reads any results file), with drop-downs where Excel and WPS offer them, and the
 * code columns formatted as text so 18-character codes and result codes survive being retyped.
 */
export function addExchangeResultSheet(db: Db, workbook: ExcelJS.Workbook, data: ResultSheetData): { sheet: ExcelJS.Worksheet } {
  const { sheet, headerRow, columns } = addResultSheet(db, workbook, data);
  const lists = addOptionsSheet(db, workbook);
  const last = headerRow + data.rows.length;
  columns.forEach((column, i) => {
    const width = TYPING_WIDTHS[column.header];
    if (width) sheet.getColumn(i + 1).width = width;
    const rule = rulesOf(column.header, lists);
    const text = TEXT_COLUMNS.has(column.header);
    if (!rule && !text) return;
    for (let r = headerRow + 1; r <= last; r += 1) {
      const cell = sheet.getCell(r, i + 1);
      if (text) cell.numFmt = '@';
      if (rule) cell.dataValidation = { allowBlank: true, showErrorMessage: true, showInputMessage: Boolean(rule.prompt), ...rule };
    }
  });
  return { sheet };
}
