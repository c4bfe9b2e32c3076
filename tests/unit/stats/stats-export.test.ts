import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { exportStatsXlsx } from '../../../electron/core/stats/stats-export.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { tempDir } from '../temp-db.ts';
import { statsWorld } from './stats-fixture.ts';

const SHEETS = ['按任务', '按检查事项', '按区域', '按登记机关', '按月份', '按信用风险分类', '按部门'];

async function exported(year?: number) {
  const { db } = statsWorld();
  saveSettings(db, { bureauName: '大同县市场监督管理局' });
  const file = path.join(tempDir(), '统计.xlsx');
  expect(await exportStatsXlsx(db, year, file)).toEqual({ path: file, count: 7 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The text of row `n` of a sheet, cell by cell (merged cells repeat their master's value). */
function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1);
}

describe('统计表 (Excel)', () => {
  it('has one sheet per view, a title naming the year and the bureau, grouped headers and a frozen header', async () => {
    const workbook = await exported(2026);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
    const sheet = workbook.getWorksheet('按任务')!;
    expect(sheet.getCell('A1').value).toBe('大同县市场监督管理局抽查工作情况统计（2026年，按任务）');
    const group = rowValues(sheet, 2);
    const header = rowValues(sheet, 3);
    expect(group.slice(0, 7)).toEqual(['抽查任务', '抽查基数', '抽查比例', '抽查户数', '已录入', '已公示', '完成率']);
    expect(header.slice(0, 7)).toEqual(group.slice(0, 7));
    const codes = header.indexOf('1 未发现问题');
    expect(codes).toBe(7);
    expect(group[codes]).toBe('检查结果');
    const disposals = header.indexOf(DISPOSALS[0]);
    expect(header.slice(disposals, disposals + DISPOSALS.length)).toEqual([...DISPOSALS]);
    expect(group[disposals]).toBe('后续处置');
    expect(header.slice(-2)).toEqual(['完结数', '完结率']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 1 });
    // 检查结果 spans its codes in the group row.
    expect(sheet.model.merges).toContain(`${sheet.getColumn(codes + 1).letter}2:${sheet.getColumn(disposals).letter}2`);
  });

  it('writes counts as numbers and rates as Excel percentages of the exact fraction; the 合计 ends each sheet', async () => {
    const workbook = await exported();
    const sheet = workbook.getWorksheet('按任务')!;
    expect(sheet.getCell('A1').value).toBe('大同县市场监督管理局抽查工作情况统计（全部年度，按任务）');
    const first = rowValues(sheet, 4);
    expect(first.slice(0, 7)).toEqual(['2026-001 第一批', 20, 0.2, 4, 3, 2, 0.5]);
    expect(sheet.getCell('C4').numFmt).toBe('0.0%');
    const total = rowValues(sheet, 6);
    expect(total.slice(0, 7)).toEqual(['合计', 36, 6 / 36, 6, 4, 3, 0.5]);
    expect(total.slice(-2)).toEqual([2, 2 / 3]);
    expect(sheet.getCell('A6').font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(6);
    const header = rowValues(sheet, 3);
    expect(total[header.indexOf('4 违反质量技术监督相关规定')]).toBe(1);
    expect(total[header.indexOf(DISPOSALS[0])]).toBe(3);
  });

  it('writes — where a rate has nothing to divide by', async () => {
    const workbook = await exported(2025);
    const sheet = workbook.getWorksheet('按月份')!;
    expect(rowValues(sheet, 4).slice(0, 7)).toEqual(['合计', 0, '—', 0, 0, 0, '—']);
  });
});
