import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { getSettings } from '../settings/settings-service.ts';
import { writeWorkbookFile } from '../files/atomic-write.ts';
import { addTableSheet } from '../xlsx/table-writer.ts';
import { resultStats, type StatsDimension } from './stats-service.ts';

const SHEETS: [StatsDimension, string, string][] = [
  ['task', '按任务', '抽查任务'],
  ['item', '按事项', '抽查事项'],
  ['area', '按区域', '所属区域'],
  ['code', '按结果', '检查结果'],
  ['risk', '按风险分类', '信用风险分类'],
];

/** 统计: one styled sheet per dimension, with counts and problem rates. */
export async function exportStatsXlsx(db: Db, year: number | undefined, outPath: string) {
  const { bureauName } = getSettings(db);
  const workbook = new ExcelJS.Workbook();
  for (const [dimension, sheetName, keyLabel] of SHEETS) {
    addTableSheet(workbook, {
      sheetName,
      title: `${bureauName}随机抽查结果统计（${sheetName.slice(1)}${year ? `，${year}年` : ''}）`,
      columns: [
        { header: keyLabel, width: 40 },
        { header: '已检查户数', width: 12, align: 'center' },
        { header: '发现问题户数', width: 14, align: 'center' },
        { header: '问题发现率', width: 12, align: 'center', numFmt: '0.0%' },
      ],
      rows: resultStats(db, dimension, year).map((r) => [r.key, r.inspected, r.withProblems, r.problemRate]),
    });
  }
  await writeWorkbookFile(workbook, outPath);
  return { path: outPath, count: SHEETS.length };
}
