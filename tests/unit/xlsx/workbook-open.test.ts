import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../electron/core/xlsx/workbook-open.ts';
import { tempDir } from '../temp-db.ts';
import { appErrorMessage } from './expect-app-error.ts';

async function validXlsx(file: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('名录').addRow(['统一社会信用代码', '名称']);
  await workbook.xlsx.writeFile(file);
  return fs.readFileSync(file);
}

describe('opening a workbook to read', () => {
  it('reads a real .xlsx', async () => {
    const file = path.join(tempDir(), '名录.xlsx');
    await validXlsx(file);
    const workbook = await openWorkbook(file);
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe('统一社会信用代码');
  });

  it('refuses a text file renamed .xlsx, naming the file', async () => {
    const file = path.join(tempDir(), '清单.xlsx');
    fs.writeFileSync(file, '序号,抽查事项\n1,产品质量监督抽查\n');
    const message = await appErrorMessage(openWorkbook(file));
    expect(message).toContain('“清单.xlsx”不是 Excel 工作簿');
    expect(message).toContain('另存为 .xlsx');
  });

  it('says so when a PDF was renamed .xlsx', async () => {
    const file = path.join(tempDir(), '清单.xlsx');
    fs.writeFileSync(file, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    expect(await appErrorMessage(openWorkbook(file))).toContain('“清单.xlsx”不是 Excel 工作簿（它是一个 PDF 文件）');
  });

  it('says so when a web page was saved as .xlsx, and when an .xls holds one', async () => {
    const dir = tempDir();
    const page = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><table><tr><td>名称</td></tr></table></body></html>';
    fs.writeFileSync(path.join(dir, '导出.xlsx'), page);
    expect(await appErrorMessage(openWorkbook(path.join(dir, '导出.xlsx')))).toContain('“导出.xlsx”不是 Excel 工作簿（它是一个网页文件）');
    fs.writeFileSync(path.join(dir, '导出.xls'), page);
    expect(await appErrorMessage(openWorkbook(path.join(dir, '导出.xls')))).toContain(
      '“导出.xls”的扩展名是.xls，但内容不是 Excel 表格（可能是其他系统导出的网页或文本）',
    );
  });

  it('refuses a truncated .xlsx as damaged or incomplete', async () => {
    const dir = tempDir();
    const bytes = await validXlsx(path.join(dir, 'ok.xlsx'));
    const file = path.join(dir, '半截.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    expect(await appErrorMessage(openWorkbook(file))).toContain('“半截.xlsx”已损坏或不完整');
  });

  it('refuses a zero-byte file as empty', async () => {
    const file = path.join(tempDir(), '空.xlsx');
    fs.writeFileSync(file, '');
    expect(await appErrorMessage(openWorkbook(file))).toContain('“空.xlsx”是空的（0 字节）');
  });

  it('refuses a workbook without worksheets and one whose sheet has no rows', async () => {
    const dir = tempDir();
    const none = path.join(dir, '无表.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(none);
    expect(await appErrorMessage(openWorkbook(none))).toContain('“无表.xlsx”中没有任何工作表');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    const empty = path.join(dir, '空表.xlsx');
    await blank.xlsx.writeFile(empty);
    expect(await appErrorMessage(openWorkbook(empty))).toContain('“空表.xlsx”是空的：工作表中没有任何内容');
  });

  it('recognises a legacy .xls by its OLE2 signature, whatever the extension', async () => {
    const dir = tempDir();
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    for (const name of ['旧清单.xls', '改名的.xlsx']) {
      fs.writeFileSync(path.join(dir, name), ole2);
      const message = await appErrorMessage(openWorkbook(path.join(dir, name)));
      expect(message).toContain(`“${name}”是旧版 Excel（.xls）格式`);
      expect(message).toContain('请在 Excel 中将其另存为 .xlsx 格式后再导入');
    }
  });

  it('treats a non-zip file named .xls as legacy Excel', async () => {
    const file = path.join(tempDir(), '导出.xls');
    fs.writeFileSync(file, '<html><table><tr><td>1</td></tr></table></html>');
    expect(await appErrorMessage(openWorkbook(file))).toContain('请在 Excel 中将其另存为 .xlsx 格式后再导入');
  });

  it('names a missing file and its folder', async () => {
    const dir = tempDir();
    const message = await appErrorMessage(openWorkbook(path.join(dir, '不存在.xlsx')));
    expect(message).toContain('找不到文件“不存在.xlsx”');
    expect(message).toContain(dir);
    expect(message).toContain('它已不存在');
  });

  it('refuses a folder', async () => {
    const dir = path.join(tempDir(), '文件夹.xlsx');
    fs.mkdirSync(dir);
    expect(await appErrorMessage(openWorkbook(dir))).toContain('“文件夹.xlsx”是一个文件夹');
  });
});
