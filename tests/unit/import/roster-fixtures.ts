import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import fs from 'node:fs';
import { usccCheckChar } from '../../../electron/core/entities/uscc.ts';

/** A valid credit code for entity number `n` (a 个体工商户 code, 92 + 140221 + serial). */
export function codeFor(n: number): string {
  const first17 = `92140221MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}

/** The same code with a wrong check character. */
export function badChecksum(code: string): string {
  const wrong = code[17] === '0' ? '1' : '0';
  return code.slice(0, 17) + wrong;
}

/**
 * A roster as another office's system exports it: a merged title row, a 填报单位 line, a header
 * with the other office's column names and a line break, and every kind of trouble below it.
 * Returns the file and what each data row is meant to be.
 */
export async function messyEntityWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('市场主体');
  ws.addRow(['大同县市场主体名录（2026年）']);
  ws.mergeCells('A1:H1');
  ws.addRow(['填报单位：大同县市场监督管理局', '', '', '', '', '填报日期：2026-11-01']);
  ws.addRow([
    '序号',
    '社会信用代码',
    '企业名称',
    '法定代表人\n（负责人）',
    '经营场所',
    '所属乡镇',
    '主体类型',
    '登记状态',
    '成立日期',
    '信用风险分类',
  ]);
  const rows: unknown[][] = [
    [1, codeFor(1), '大同县华兴商贸有限公司', '王华', '西坪镇1号', '西坪镇', '有限责任公司', '存续', new Date(Date.UTC(2015, 5, 30)), 'A'],
    [
      2,
      ` ${codeFor(2)
        .toLowerCase()
        .replace(/./g, (c) => String.fromCharCode(c.charCodeAt(0) + (/[0-9a-z]/.test(c) ? 0xfee0 : 0)))} `,
      '大同县隆盛五金店',
      '李明',
      '倍加造镇2号',
      '倍加造镇',
      '个体户',
      '在业',
      '2018/3/5',
      'b',
    ],
    [3, 911402000000000000, '数值代码公司', '张三', '聚乐乡', '聚乐乡', '企业', '存续', '', ''],
    [4, badChecksum(codeFor(4)), '校验位错误合作社', '赵四', '周士庄镇', '周士庄镇', '农民专业合作社', '存续', '', 'C'],
    [
      5,
      codeFor(5),
      { richText: [{ text: '大同县' }, { font: { bold: true }, text: '富文本超市' }] },
      '钱五',
      '吉家庄乡',
      '吉家庄乡',
      '个体工商户',
      '存续',
      '',
      '',
    ],
    [
      6,
      codeFor(6),
      { formula: 'CONCATENATE("公式","饭店")', result: '公式饭店' },
      '孙六',
      '峰峪乡',
      '峰峪乡',
      '个体工商户',
      '注销',
      '',
      'D',
    ],
    [],
    [7, codeFor(1), '重复代码公司', '周七', '许堡乡', '许堡乡', '企业', '存续', '', ''],
    [8, '', '没有代码的店', '吴八', '杜庄乡', '杜庄乡', '个体工商户', '存续', '', ''],
    [9, codeFor(9), '', '郑九', '瑞口乡', '瑞口乡', '企业', '存续', '', ''],
    [10, codeFor(10), '日期错误公司', '冯十', '西坪镇', '西坪镇', '企业', '存续', '2015-13-45', 'E'],
    ['合计', '', '', '', '', '', '', '', '', ''],
  ];
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, '市场主体名录（乱）.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const CLEAN_HEADER = [
  '统一社会信用代码',
  '名称',
  '法定代表人',
  '住所',
  '所属区域',
  '行业门类',
  '主体类型',
  '登记状态',
  '联系电话',
  '信用风险分类',
];
const cleanRow = (i: number) => [
  codeFor(i),
  `大同县第${i}号商店`,
  `经营者${i}`,
  `西坪镇${i}号`,
  i % 2 ? '西坪镇' : '聚乐乡',
  '批发和零售业',
  '个体工商户',
  '存续',
  '',
  'ABCD'[i % 4],
];

/** A roster of `n` clean rows, for re-import and size tests. */
export async function cleanEntityWorkbook(dir: string, n: number, name = '名录.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(CLEAN_HEADER);
  for (let i = 1; i <= n; i++) ws.addRow(cleanRow(i));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * The rows of cleanEntityWorkbook, written by exceljs's streaming writer (as the bench's rosters
 * are): about 4× faster at 50,000 rows. For tests where the file only has to be long enough to act
 * on while it is read; tests that change bytes at measured offsets keep cleanEntityWorkbook.
 */
export async function longEntityWorkbook(dir: string, n: number, name = '名录.xlsx'): Promise<string> {
  const file = path.join(dir, name);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(CLEAN_HEADER).commit();
  for (let i = 1; i <= n; i++) ws.addRow(cleanRow(i)).commit();
  ws.commit();
  await wb.commit();
  return file;
}

/** The same kind of roster as a GBK-encoded CSV, as Excel on a Chinese Windows PC saves it. */
export function gbkEntityCsv(dir: string): string {
  const lines = [
    '统一社会信用代码,企业名称,法定代表人,住所,所属区域',
    `${codeFor(21)},"大同县""老字号""醋坊",王老,"西坪镇, 东街 3 号",西坪镇`,
    `${codeFor(22)},大同县黄花菜合作社,李黄,聚乐乡,聚乐乡`,
    '9.11402E+17,科学计数法公司,张科,周士庄镇,周士庄镇',
  ];
  const csv = lines.join('\r\n');
  const file = path.join(dir, '名录（GBK）.csv');
  fs.writeFileSync(file, iconv.encode(csv, 'gbk'));
  return file;
}
