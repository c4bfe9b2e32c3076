import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, plainCellValue } from '../../../electron/core/xlsx/cell-value.ts';
import { worksheetRows } from '../../../electron/core/xlsx/sheet-rows.ts';
import { openWorkbook } from '../../../electron/core/xlsx/workbook-open.ts';
import { tempDir } from '../temp-db.ts';

describe('a cell as the clerk sees it', () => {
  it('reduces every exceljs value kind to plain text, numbers or dates', () => {
    const date = new Date(Date.UTC(2026, 10, 24));
    expect(plainCellValue(null)).toBe('');
    expect(plainCellValue(undefined)).toBe('');
    expect(plainCellValue(42)).toBe(42);
    expect(plainCellValue(date)).toBe(date);
    expect(plainCellValue({ richText: [{ text: '特种设备' }, { text: '生产单位', font: { bold: true } }] })).toBe('特种设备生产单位');
    expect(plainCellValue({ formula: 'A1+1', result: 3 })).toBe(3);
    expect(plainCellValue({ sharedFormula: 'B2', result: '甲' })).toBe('甲');
    expect(plainCellValue({ formula: 'NOW()' })).toBe('');
    expect(plainCellValue({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(plainCellValue({ text: '国家企业信用信息公示系统', hyperlink: 'https://www.gsxt.gov.cn' })).toBe('国家企业信用信息公示系统');
    expect(plainCellValue({ text: { richText: [{ text: '链接' }] }, hyperlink: 'https://x' })).toBe('链接');
    expect(plainCellValue({ error: '#N/A' })).toBe('#N/A');
  });

  it('writes dates as they were typed and numbers as Excel shows them', () => {
    expect(cellText(new Date(Date.UTC(2026, 10, 24)))).toBe('2026-11-24');
    expect(cellText(new Date(Date.UTC(2026, 10, 24, 9, 30)))).toBe('2026-11-24 09:30:00');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText('')).toBe('');
  });

  it('reads a real file: formulas by cached result, merged cells by their value, percentages as shown', async () => {
    const file = path.join(tempDir(), 'cells.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['名称', '比例', '合计', '类别']);
    sheet.addRow(['甲', 0.05, { formula: 'B2*100', result: 5 }, '市场监管执法事项']);
    sheet.addRow(['乙', 0.1, { formula: 'B3*100', result: 10 }, null]);
    sheet.addRow([]);
    sheet.addRow(['丙', { richText: [{ text: '3' }] }, { text: '链接', hyperlink: 'https://x' }, null]);
    sheet.getCell('B2').numFmt = '0%';
    sheet.getCell('B3').numFmt = '0.0%';
    sheet.mergeCells('D2:D3');
    await workbook.xlsx.writeFile(file);

    const rows = worksheetRows((await openWorkbook(file)).worksheets[0]!);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 5]);
    expect(rows[1]?.cells).toEqual(['甲', '5%', 5, '市场监管执法事项']);
    expect(rows[2]?.cells).toEqual(['乙', '10%', 10, '市场监管执法事项']);
    expect(rows[3]?.cells).toEqual(['丙', '3', '链接', '']);
  });
});
