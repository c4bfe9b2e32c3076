import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createItem, listItems, retireItem } from '../../../electron/core/items/item-service.ts';
import { exportItemsXlsx } from '../../../electron/core/items/item-xlsx-export.ts';
import { getSettings, saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const HEADERS = [
  '序号',
  '抽查事项',
  '检查依据',
  '检查内容',
  '检查方式',
  '适用对象',
  '备注',
  '事项级别',
  '抽查比例（%）',
  '抽查频次',
  '实施部门',
];

async function exported(): Promise<{ file: string; sheet: ExcelJS.Worksheet; count: number }> {
  const { db } = tempContext();
  saveSettings(db, { ...getSettings(db), bureauName: '大同县市场监督管理局' });
  retireItem(db, listItems(db)[1]!.id);
  createItem(db, {
    name: '=HYPERLINK("http://x","点我")',
    content: '+检查\n-记录',
    category: '其它行政执法事项',
    level: '重点',
    ratio: 3,
  });
  const file = path.join(tempDir(), '抽查事项清单.xlsx');
  const result = await exportItemsXlsx(db, file);
  expect(result).toEqual({ path: file, count: 14 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, sheet: workbook.worksheets[0]!, count: result.count };
}

describe('exporting the item list to Excel', () => {
  it('is laid out like the official list, with the extra columns (and the 实施部门, issue 17) at the right', async () => {
    const { sheet } = await exported();
    expect(sheet.name).toBe('抽查事项清单');
    expect(sheet.getCell('A1').value).toBe('大同县市场监督管理局随机抽查事项清单');
    expect(sheet.getCell('J1').isMerged).toBe(true);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(HEADERS);
    const widths = HEADERS.map((_, i) => sheet.getColumn(i + 1).width ?? 0);
    expect(Math.max(...widths)).toBe(widths[2]); // 检查依据 is the widest
  });

  it('holds the active items only, in 序号 order, with every field', async () => {
    const { sheet } = await exported();
    expect(sheet.actualRowCount).toBe(2 + 14);
    expect(sheet.getColumn(1).values.slice(3)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const last = sheet.getRow(16);
    expect(last.getCell(2).value).toBe('=HYPERLINK("http://x","点我")');
    expect(last.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(last.getCell(4).value).toBe('+检查\n-记录');
    expect([7, 8, 9].map((c) => last.getCell(c).value)).toEqual(['其它行政执法事项', '重点', 3]);
    // The seed list is 本局's: its 实施部门 is printed as the 单位名称.
    expect(last.getCell(11).value).toBe('大同县市场监督管理局');
    expect(sheet.getCell('E5').value).toContain('\n');
    expect(sheet.getCell('C3').alignment?.wrapText).toBe(true);
  });

  it('prints A4 landscape, fitted to width, the header repeated on every page and frozen on screen', async () => {
    const { sheet } = await exported();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      printTitlesRow: '2:2',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('reads back in an independent reader (SheetJS) with the data intact, the formula-like name as text', async () => {
    const { file } = await exported();
    const workbook = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
    const sheet = workbook.Sheets['抽查事项清单']!;
    const csv = XLSX.utils.sheet_to_csv(sheet);
    expect(csv).toContain('大同县市场监督管理局随机抽查事项清单');
    expect(csv).toContain('序号,抽查事项,检查依据');
    expect(csv).toContain('产品质量监督抽查');
    expect(csv).toContain('"=HYPERLINK(""http://x"",""点我"")"');
    expect(sheet['B16']).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","点我")' });
    expect(sheet['B16']?.f).toBeUndefined();
  });
});
