import path from 'node:path';
import ExcelJS from 'exceljs';
import { daysFromToday } from './roster-files.ts';

/** `n` inspectors, all 在岗 with certificates valid for two years, in two 所 (执法员1 … 执法员n). */
export async function teamWorkbook(dir: string, n: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法人员');
  ws.addRow(['姓名', '执法证号', '证件有效期', '所属科室/所', '状态']);
  for (let i = 1; i <= n; i++) {
    ws.addRow([
      `执法员${i}`,
      `140200200${String(i).padStart(2, '0')}`,
      daysFromToday(730),
      i % 2 ? '西坪市场监管所' : '聚乐市场监管所',
      '在岗',
    ]);
  }
  const file = path.join(dir, `执法人员（${n} 名）.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A result sheet as a clerk fills it in Excel: 统一社会信用代码, 检查结果 (code or words), 检查日期. */
export async function resultWorkbook(dir: string, rows: (string | Date)[][], name = '检查结果.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查结果');
  ws.addRow(['统一社会信用代码', '检查结果', '检查日期', '核查方式']);
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The sheet names of a workbook, in order. */
export async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}
