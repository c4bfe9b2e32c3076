import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeWorkbookFile } from '../../../electron/core/files/atomic-write.ts';
import { MAX_ROW_HEIGHT } from '../../../electron/core/xlsx/row-height.ts';
import { addTableSheet, type TableSheetSpec } from '../../../electron/core/xlsx/table-writer.ts';
import { skipping } from '../needs-tool.ts';
import { tempDir } from '../temp-db.ts';
import { appErrorMessage } from './expect-app-error.ts';

const SPEC: TableSheetSpec = {
  sheetName: '名录',
  title: '特种设备生产单位名录',
  columns: [
    { header: '序号', width: 6, align: 'center' },
    { header: '名称', width: 30 },
    { header: '备注', width: 40 },
  ],
  rows: [
    [1, '=HYPERLINK("http://evil","点我")', '+86 0352'],
    [2, '-1+2', '@SUM(A1)'],
    [3, '甲\v乙\u0001丙', '长'.repeat(3000)],
  ],
  landscape: true,
};

async function writeAndReopen(spec: TableSheetSpec): Promise<{ file: string; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, spec);
  const file = path.join(tempDir(), '表.xlsx');
  await writeWorkbookFile(workbook, file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return { file, sheet: back.worksheets[0]! };
}

describe('the styled table writer', () => {
  it('writes a bold merged title, a shaded bold header with borders, and wrapped body cells', async () => {
    const { sheet } = await writeAndReopen(SPEC);
    expect(sheet.getCell('A1').value).toBe('特种设备生产单位名录');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').font?.size).toBeGreaterThan(sheet.getCell('A2').font?.size ?? 99);
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, '序号', '名称', '备注']);
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell('B3').border?.left?.style).toBe('thin');
    expect(sheet.getCell('B3').alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(2).width).toBe(30);
  });

  it('freezes the header and prints A4 landscape, fitted to width, header repeated on every page', async () => {
    const { sheet } = await writeAndReopen(SPEC);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
  });

  it('writes user text starting with = + - @ as text, never as a formula', async () => {
    const { sheet } = await writeAndReopen(SPEC);
    for (const address of ['B3', 'C3', 'B4', 'C4']) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).formula).toBeUndefined();
    }
    expect(sheet.getCell('B3').value).toBe('=HYPERLINK("http://evil","点我")');
    expect(sheet.getCell('C4').value).toBe('@SUM(A1)');
  });

  it('removes characters XML forbids and turns Word line breaks into line breaks', async () => {
    const { sheet } = await writeAndReopen(SPEC);
    expect(sheet.getCell('B5').value).toBe('甲\n乙丙');
  });

  it('gives long wrapped text a taller row, within Excel’s limit', async () => {
    const { sheet } = await writeAndReopen(SPEC);
    expect(sheet.getRow(3).height).toBeLessThan(40);
    expect(sheet.getRow(5).height).toBe(MAX_ROW_HEIGHT);
  });

  it('refuses formula objects outright', () => {
    const bad = { ...SPEC, rows: [[1, { formula: 'A1' } as unknown as string, '']] };
    expect(() => addTableSheet(new ExcelJS.Workbook(), bad)).toThrow(TypeError);
  });

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const { file } = await writeAndReopen(SPEC);
    const workbook = new ExcelJS.Workbook();
    addTableSheet(workbook, { ...SPEC, title: '第二版' });
    await writeWorkbookFile(workbook, file);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['表.xlsx']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.worksheets[0]?.getCell('A1').value).toBe('第二版');
  });

  it('says in Chinese, naming the file, when the folder does not exist or is a file', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    addTableSheet(workbook, SPEC);
    const missing = await appErrorMessage(writeWorkbookFile(workbook, path.join(dir, '没有', '清单.xlsx')));
    expect(missing).toContain('无法保存文件“清单.xlsx”');
    expect(missing).toContain('不存在');
    fs.writeFileSync(path.join(dir, '文件'), '');
    const notDir = await appErrorMessage(writeWorkbookFile(workbook, path.join(dir, '文件', '清单.xlsx')));
    expect(notDir).toContain('无法保存文件“清单.xlsx”');
    fs.mkdirSync(path.join(dir, '同名.xlsx'));
    const isDir = await appErrorMessage(writeWorkbookFile(workbook, path.join(dir, '同名.xlsx')));
    expect(isDir).toContain('无法保存文件“同名.xlsx”：已有同名的文件夹');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  const asRoot = process.getuid?.() === 0;
  const rootReason = 'xlsx/table-writer “says so when the folder is read-only”: running as root, which may write into a read-only folder';
  it.skipIf(skipping(asRoot, rootReason))('says so when the folder is read-only', async () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o555);
    const workbook = new ExcelJS.Workbook();
    addTableSheet(workbook, SPEC);
    try {
      expect(await appErrorMessage(writeWorkbookFile(workbook, path.join(dir, '清单.xlsx')))).toContain(
        '无法保存文件“清单.xlsx”：没有写入权限',
      );
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});
