import type ExcelJS from 'exceljs';
import { safeCellValue } from '../xlsx/safe-cell.ts';
import { BODY_FONT, BORDER, HEADER_FILL, HEADER_FONT, printSetup, TITLE_FONT } from '../xlsx/table-style.ts';
import type { ExchangePart } from './exchange-part.ts';

/** The cover's name, and the two labels the import reads back to know whose part a file is. */
export const COVER_SHEET = '说明';
export const COVER_TASK_LABEL = '任务编号';
export const COVER_DEPARTMENT_LABEL = '填报部门';

const period = (p: ExchangePart) =>
  p.task.periodStart || p.task.periodEnd ? `${p.task.periodStart ?? '—'} 至 ${p.task.periodEnd ?? '—'}` : '（未定）';

const joinNonEmpty = (...parts: string[]) => parts.filter(Boolean).join('  ');

/** The label–value lines at the top of the cover, in the order a clerk reads them. */
function facts(p: ExchangePart): [string, string][] {
  const perEntity = p.task.departments.find((d) => d.departmentId === p.department.id)?.perEntity ?? 0;
  return [
    [COVER_TASK_LABEL, p.task.code],
    ['任务名称', p.task.name],
    ['牵头部门', p.lead.name],
    ['参加部门', p.task.departments.map((d) => d.name).join('、')],
    [COVER_DEPARTMENT_LABEL, p.department.name],
    ['本部门抽查事项', p.items.map((i) => i.name).join('、')],
    ['检查对象', `${p.entities.length} 户（各部门同去每一户，“进一次门、查多项事”）`],
    ['本部门每户执法人员', `${perEntity} 名（已随机抽取，见“执法人员”表）`],
    ['检查期限', period(p)],
    ['联系人', joinNonEmpty(p.contact.unit, p.contact.name, p.contact.phone)],
    ['本部门联系人', joinNonEmpty(p.department.contact, p.department.phone)],
  ];
}

/** How to fill the 检查结果 sheet and return it; the rules are the import's own. */
function instructions(p: ExchangePart): string[] {
  return [
    '1. 在“检查结果”表中，每户检查对象填一行（行已列好，不要增删检查对象，不要修改“任务编号”“统一社会信用代码”两列）。尚未检查的户可以留空，留空的行不会导入。',
    '2. 检查结果：填结果代码，可多选，用顿号分隔，如“4、A”；可从下拉列表选择，代码及含义见“选项”表。“1 未发现问题”不能与其他代码同时填写。',
    '3. 检查日期：如 2026-12-03 或 2026年12月3日，不能早于抽取日期，也不能晚于交回之日。',
    '4. 核查方式可多选，用顿号分隔；后续处置从下拉列表中选择一项。',
    `5. 每个本部门抽查事项有“是否检查”“发现问题”“处置情况”三列：是否检查填“是”或“否”；未检查的事项不填发现问题和处置情况。`,
    '6. “实到执法人员”写实际到场的本部门人员姓名，用顿号分隔；留空表示“执法人员”表中抽取的本部门人员全部到场。',
    '7. 本表首页的“任务编号”和“填报部门”用于核对，请勿修改；其他部门或其他任务的表不能导入本部门的结果。',
    `8. 填好后保存为 Excel 文件（.xlsx），交回${joinNonEmpty(p.contact.unit, p.contact.name, p.contact.phone) || '牵头部门'}，由其导入本部门的检查结果；导入前会先预览，有一行有问题则整份文件都不导入，并指明行和列。`,
  ];
}

/**
 * The cover sheet: who sends what to whom, and how to fill it in and return it. The two label
 * cells (任务编号, 填报部门) stay in column A, so the import finds them even after WPS resaves.
 */
export function addCoverSheet(workbook: ExcelJS.Workbook, p: ExchangePart): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(COVER_SHEET);
  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 80;
  const title = sheet.getRow(1);
  title.getCell(1).value = safeCellValue(`部门联合抽查交换表：${p.department.name}`);
  sheet.mergeCells(1, 1, 1, 2);
  title.getCell(1).font = TITLE_FONT;
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  title.height = 36;
  facts(p).forEach(([label, value], i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = safeCellValue(label);
    row.getCell(1).font = HEADER_FONT;
    row.getCell(1).fill = HEADER_FILL;
    row.getCell(2).value = safeCellValue(value);
    row.getCell(2).font = BODY_FONT;
    row.getCell(2).numFmt = '@';
    for (const c of [1, 2]) {
      row.getCell(c).border = BORDER;
      row.getCell(c).alignment = { vertical: 'middle', wrapText: true };
    }
  });
  const start = facts(p).length + 3;
  sheet.getRow(start).getCell(1).value = '填写和交回说明';
  sheet.getRow(start).getCell(1).font = HEADER_FONT;
  instructions(p).forEach((line, i) => {
    const row = sheet.getRow(start + 1 + i);
    row.getCell(1).value = safeCellValue(line);
    sheet.mergeCells(start + 1 + i, 1, start + 1 + i, 2);
    row.getCell(1).font = BODY_FONT;
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    row.height = 32;
  });
  sheet.pageSetup = printSetup(1, false);
  return sheet;
}
