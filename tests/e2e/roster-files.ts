import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeRosterWorkbook } from '../bench/roster-workbook.ts';
import { badChecksum, codeFor } from '../unit/import/roster-fixtures.ts';

export { codeFor };

/** Full-width, lower-case and padded, as a code pasted from a web page or a Word file looks. */
export function fullWidthLower(code: string): string {
  const wide = code.toLowerCase().replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return ` ${wide}　`;
}

/**
 * A roster as another office sends it: a merged title row, a 填报单位 line, other column names,
 * a code typed as a number, a full-width lower-case code, a wrong check character, a duplicate,
 * a blank row and a 合计 row. Sheet row numbers are given in the comments.
 */
export async function messyEntityWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('市场主体');
  ws.addRow(['大同县市场主体名录（2026年第三季度）']);
  ws.mergeCells('A1:J1');
  ws.addRow(['填报单位：大同县市场监督管理局', '', '', '', '', '', '', '填报日期：2026-10-08']);
  ws.addRow([
    '序号',
    '社会信用代码',
    '企业名称',
    '法定代表人（负责人）',
    '经营场所',
    '所属乡镇',
    '行业',
    '企业类型',
    '经营状态',
    '风险分类',
  ]);
  const rows: unknown[][] = [
    /* 4 */ [1, codeFor(1), '大同县华兴商贸有限公司', '王华', '西坪镇东街 1 号', '西坪镇', '批发和零售业', '有限责任公司', '存续', 'A'],
    /* 5 */ [
      2,
      fullWidthLower(codeFor(2)),
      '大同县隆盛五金店',
      '李明',
      '倍加造镇北街 2 号',
      '倍加造镇',
      '批发和零售业',
      '个体户',
      '存续',
      'b',
    ],
    /* 6 */ [3, 911402000000000000, '大同县数值代码商贸有限公司', '张三', '聚乐乡聚乐村', '聚乐乡', '批发和零售业', '企业', '存续', ''],
    /* 7 */ [
      4,
      badChecksum(codeFor(4)),
      '大同县周士庄养殖专业合作社',
      '赵四',
      '周士庄镇',
      '周士庄镇',
      '农、林、牧、渔业',
      '农民专业合作社',
      '存续',
      'C',
    ],
    /* 8 */ [5, codeFor(5), '大同县聚乐饭店', '钱五', '聚乐乡南街 5 号', '聚乐乡', '住宿和餐饮业', '个体工商户', '注销', 'D'],
    /* 9 */ ['', '', '', '', '', '', '', '', '', ''],
    /* 10 */ [6, codeFor(1), '大同县华兴商贸有限公司（重复）', '王华', '西坪镇', '西坪镇', '批发和零售业', '企业', '存续', ''],
    /* 11 */ [7, codeFor(7), '大同县吉家庄便民超市', '孙七', '吉家庄乡 7 号', '吉家庄乡', '批发和零售业', '个体工商户', '存续', 'C'],
    /* 12 */ ['合计', '', '', '', '', '', '', '', '', ''],
  ];
  for (const r of rows) ws.addRow(r);
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 30;
  const file = path.join(dir, '大同县市场主体名录（三季度）.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** The names the messy file imports (rows 4, 5, 8 and 11). */
export const MESSY_IMPORTED = ['大同县华兴商贸有限公司', '大同县隆盛五金店', '大同县聚乐饭店', '大同县吉家庄便民超市'];

/** A CSV saved by Excel on a Chinese Windows PC: GBK, quotes, a comma inside an address. */
export function gbkEntityCsv(dir: string): string {
  const csv = [
    '统一社会信用代码,企业名称,法定代表人,住所,所属区域',
    `${codeFor(21)},"大同县""老字号""醋坊",王老,"西坪镇, 东街 3 号",西坪镇`,
    `${codeFor(22)},大同县黄花菜农民专业合作社,李黄,聚乐乡,聚乐乡`,
  ].join('\r\n');
  const file = path.join(dir, '名录（GBK）.csv');
  fs.writeFileSync(file, iconv.encode(csv, 'gbk'));
  return file;
}

/** A clean roster of `n` rows: 统一社会信用代码, 名称 (大同县第 i 号商店), … in two towns. */
export async function cleanEntityWorkbook(dir: string, n: number, name = '名录.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['统一社会信用代码', '名称', '法定代表人', '住所', '所属区域', '行业门类', '主体类型', '登记状态', '信用风险分类']);
  for (let i = 1; i <= n; i++) {
    const industry = i % 3 === 0 ? '住宿和餐饮业' : '批发和零售业';
    ws.addRow([
      codeFor(i),
      `大同县第${i}号商店`,
      `经营者${i}`,
      `西坪镇${i}号`,
      i % 2 ? '西坪镇' : '聚乐乡',
      industry,
      '个体工商户',
      i === 4 ? '吊销' : '存续',
      'ABCD'[i % 4],
    ]);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A large roster (streamed), for a long import that there is time to cancel. */
export async function largeEntityWorkbook(dir: string, n: number): Promise<string> {
  const file = path.join(dir, `名录（${n} 行）.xlsx`);
  await writeRosterWorkbook(file, n);
  return file;
}

/** A date `days` from today, as the clerk's calendar shows it. */
export function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Inspectors with a title row and other column names: one valid, one expiring, one expired. */
export async function inspectorWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法人员');
  ws.addRow(['大同县市场监督管理局行政执法人员名单']);
  ws.mergeCells('A1:G1');
  ws.addRow(['姓名', '行政执法证号', '有效期至', '所在单位', '手机', '执法类别', '人员状态']);
  ws.addRow(['王一', '14020010001', daysFromToday(400), '西坪市场监管所', '13800000001', '市场监管', '在岗']);
  ws.addRow(['李二', '14020010002', daysFromToday(10), '聚乐市场监管所', '13800000002', '其他行政执法事项、市场监管执法事项', '在岗']);
  ws.addRow(['张三', '14020010003', daysFromToday(-5), '聚乐市场监管所', '', '市场监管', '病休']);
  const file = path.join(dir, '执法人员名单.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** 回避 rows: 执法证号, 姓名, 信用代码, 名称, 原因. */
export async function conflictWorkbook(dir: string, rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('回避');
  ws.addRow(['执法证号', '姓名', '统一社会信用代码', '名称', '回避原因']);
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, '回避关系.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** Every cell of a workbook's first sheet as text, row by row (to read a downloaded report). */
export async function sheetTexts(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return out;
}
