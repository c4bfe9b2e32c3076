import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { writeWorkbookFile } from '../files/atomic-write.ts';
import { estimateRowHeight } from '../xlsx/row-height.ts';
import { safeCellValue, type WritableCell } from '../xlsx/safe-cell.ts';
import { BODY_FONT, BORDER, HEADER_FILL, HEADER_FONT, PAGE_FOOTER, printSetup, TITLE_FONT } from '../xlsx/table-style.ts';
import type { StatsRate } from './stats-rate.ts';
import { workStats } from './stats-service.ts';
import { STATS_VIEW_LABELS, STATS_VIEWS, type StatsCounts, type StatsReport } from './stats-types.ts';

/** A column of the sheet: under which group header (if any), its own header, width, and its cell for a line. */
interface Column {
  group?: string;
  header: string;
  width: number;
  value: (c: StatsCounts, label: string) => WritableCell | StatsRate;
}

const TITLE_ROW = 1;
const GROUP_ROW = 2;
const HEADER_ROW = 3;
const PERCENT = '0.0%';

function columnsOf(report: StatsReport): Column[] {
  const keyWidth = report.by === 'month' || report.by === 'class' ? 14 : 34;
  return [
    { header: STATS_VIEW_LABELS[report.by].key, width: keyWidth, value: (_c, label) => label },
    { header: '抽查基数', width: 10, value: (c) => c.base },
    { header: '抽查比例', width: 10, value: (c) => c.ratio },
    { header: '抽查户数', width: 10, value: (c) => c.drawn },
    { header: '已录入', width: 9, value: (c) => c.entered },
    { header: '已公示', width: 9, value: (c) => c.published },
    { header: '完成率', width: 9, value: (c) => c.completion },
    ...report.codes.map((k) => ({
      group: '检查结果',
      header: `${k.code} ${k.label}`,
      width: 11,
      value: (c: StatsCounts) => c.byCode[k.code] ?? 0,
    })),
    ...report.disposals.map((d) => ({ group: '后续处置', header: d, width: 15, value: (c: StatsCounts) => c.byDisposal[d] ?? 0 })),
    { header: '完结数', width: 9, value: (c) => c.closed },
    { header: '完结率', width: 9, value: (c) => c.closure },
  ];
}

function titleOf(report: StatsReport): string {
  const year = report.year === null ? '全部年度' : `${report.year}年`;
  return `${report.bureauName}抽查工作情况统计（${year}，${STATS_VIEW_LABELS[report.by].sheet}）`;
}

function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = HEADER_FONT;
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Row 2 holds the group headers (检查结果, 后续处置) over row 3; a column without a group spans both rows. */
function writeHeaders(sheet: ExcelJS.Worksheet, columns: Column[]): void {
  columns.forEach((col, i) => {
    const n = i + 1;
    sheet.getColumn(n).width = col.width;
    sheet.getCell(HEADER_ROW, n).value = safeCellValue(col.header);
    styleHeader(sheet.getCell(HEADER_ROW, n));
    styleHeader(sheet.getCell(GROUP_ROW, n));
    if (!col.group) {
      sheet.getCell(GROUP_ROW, n).value = safeCellValue(col.header);
      sheet.mergeCells(GROUP_ROW, n, HEADER_ROW, n);
    } else if (columns[i - 1]?.group !== col.group) {
      const last = n + columns.slice(i).findIndex((c) => c.group !== col.group);
      const end = last < n ? columns.length : last - 1;
      sheet.getCell(GROUP_ROW, n).value = safeCellValue(col.group);
      if (end > n) sheet.mergeCells(GROUP_ROW, n, GROUP_ROW, end);
    }
  });
  sheet.getRow(GROUP_ROW).height = 22;
  const grouped = columns.map((c) => (c.group ? c.header : ''));
  sheet.getRow(HEADER_ROW).height = Math.max(
    28,
    estimateRowHeight(
      grouped,
      columns.map((c) => c.width),
      HEADER_FONT.size,
    ),
  );
}

/** Numbers as numbers; a rate as its fraction with a percent format, or '—' when it has no denominator. */
function writeLine(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  columns: Column[],
  counts: StatsCounts,
  label: string,
  bold: boolean,
): void {
  const row = sheet.getRow(rowNumber);
  columns.forEach((col, i) => {
    const cell = row.getCell(i + 1);
    const v = col.value(counts, label);
    const rate = v !== null && typeof v === 'object' && !(v instanceof Date) ? v : null;
    cell.value = rate
      ? rate.den === 0
        ? '—'
        : rate.num / rate.den
      : safeCellValue(v as WritableCell, { row: rowNumber, column: col.header });
    if (rate) cell.numFmt = PERCENT;
    cell.font = bold ? { ...BODY_FONT, bold: true } : BODY_FONT;
    cell.border = BORDER;
    cell.alignment = { horizontal: i === 0 ? 'left' : 'center', vertical: 'middle', wrapText: true };
  });
  row.height = Math.max(20, estimateRowHeight([label], [columns[0]!.width], BODY_FONT.size));
}

function addViewSheet(workbook: ExcelJS.Workbook, report: StatsReport): void {
  const sheet = workbook.addWorksheet(STATS_VIEW_LABELS[report.by].sheet);
  const columns = columnsOf(report);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = safeCellValue(titleOf(report));
  title.font = TITLE_FONT;
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
  sheet.getRow(TITLE_ROW).height = 36;
  writeHeaders(sheet, columns);
  report.rows.forEach((r, i) => writeLine(sheet, HEADER_ROW + 1 + i, columns, r, r.label, false));
  writeLine(sheet, HEADER_ROW + 1 + report.rows.length, columns, report.total, '合计', true);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: `B${HEADER_ROW + 1}` }];
  sheet.pageSetup = { ...printSetup(HEADER_ROW, true), printTitlesRow: `${GROUP_ROW}:${HEADER_ROW}` };
  sheet.headerFooter = { oddFooter: PAGE_FOOTER };
}

/** 抽查工作情况统计 to Excel: one sheet per view (按任务 … 按信用风险分类), each with its 合计, written atomically. */
export async function exportStatsXlsx(db: Db, year: number | undefined, outPath: string) {
  const workbook = new ExcelJS.Workbook();
  for (const by of STATS_VIEWS) addViewSheet(workbook, workStats(db, by, year));
  await writeWorkbookFile(workbook, outPath);
  return { path: outPath, count: STATS_VIEWS.length };
}
