import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createItem, listItems, retireItem } from '../../../electron/core/items/item-service.ts';
import { exportItemsXlsx } from '../../../electron/core/items/item-xlsx-export.ts';
import { getSettings, saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const HEADERS = ['序号', '抽查事项', '检查依据', '检查内容', '检查方式', '适用对象', '备注', '事项级别', '抽查比例（%）', '抽查频次'];

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
  const result = await exportItemsXlsx(db, getSettings(db), file);
  expect(result).toEqual({ path: file, count: 14 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, sheet: workbook.worksheets[0]!, count: result.count };
}

function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

describe('exporting the item list to Excel', () => {
  it('is laid out like the official list, with the three extra columns at the right', async () => {
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

  it('opens in LibreOffice with the data intact', async (ctx) => {
    const soffice = findSoffice();
    if (!soffice) {
      console.log('skipped the LibreOffice check: soffice is not installed');
      ctx.skip('soffice is not installed');
      return;
    }
    const { file } = await exported();
    const out = tempDir();
    // A private profile, so a LibreOffice already running on this machine does not interfere.
    const profile = `file://${path.join(out, 'profile')}`;
    const csvUtf8 = 'csv:Text - txt - csv (StarCalc):44,34,76';
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', csvUtf8, '--outdir', out, file];
    execFileSync(soffice, args, { stdio: 'ignore', timeout: 50_000 });
    const csv = fs.readFileSync(path.join(out, '抽查事项清单.csv'), 'utf8');
    expect(csv).toContain('大同县市场监督管理局随机抽查事项清单');
    expect(csv).toContain('序号,抽查事项,检查依据');
    expect(csv).toContain('产品质量监督抽查');
    expect(csv).toContain('"=HYPERLINK(""http://x"",""点我"")"');
  });
});
