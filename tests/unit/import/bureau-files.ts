import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { usccCheckChar } from '../../../electron/core/entities/uscc.ts';

/**
 * Files shaped the way a county bureau really has them (issue 12): exported by a registration
 * system or kept by hand in Excel/WPS, with a title and a source line above the header, the
 * other office's column names, long-form values, text dates and signature lines at the bottom.
 * One table, written as .xlsx, as GBK CSV and as legacy .xls, so every format is fed the same.
 */
export type Table = (string | number | Date | null)[][];

function uscc(first17: string): string {
  return first17 + usccCheckChar(first17);
}

/** Row i's code: 91/92/93 codes, codes with letters (one E among digits), and 15-digit 注册号. */
export function bureauCode(i: number): string {
  const serial = String(i).padStart(5, '0');
  if (i % 25 === 0) return `1402216000${serial}`; // 15-digit 注册号 of an older 个体工商户
  if (i % 7 === 0) return uscc(`911402214E4${serial}8`);
  if (i % 3 === 0) return uscc(`92140221MA0K${serial}`);
  if (i % 11 === 0) return uscc(`93140221MA0L${serial}`);
  return uscc(`91140221MA0J${serial}`);
}

const RISK = ['A类（低风险）', 'B类（一般风险）', 'C类（较高风险）', 'D类（高风险）', 'A', '低风险', '一般风险', '较高风险', '高风险', ''];
const STATUS = ['存续（在营、开业、在册）', '在营', '开业', '存续', '在业'];
const TYPES = ['有限责任公司（自然人投资或控股）', '个体工商户', '农民专业合作社', '个体户', '股份有限公司'];
const TOWNS = ['西坪镇', '倍加造镇', '聚乐乡', '周士庄镇', '吉家庄乡'];
const DATES: (i: number) => string | Date = (i) => {
  const y = 2000 + (i % 20);
  const m = (i % 12) + 1;
  const d = (i % 28) + 1;
  return [
    `${y}年${m}月${d}日`,
    `${y}.${m}.${d}`,
    `${y}/${m}/${d}`,
    `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`,
    new Date(Date.UTC(y, m - 1, d)),
  ][i % 5]!;
};

export const BUREAU_ROSTER = {
  /** Data rows in the file; one of them repeats an earlier code. */
  dataRows: 300,
  repeatOf: 10,
  repeatAt: 150,
};

/** The 300-row roster of issue 12: 299 distinct entities and one repeated code. */
export function bureauRosterTable(): Table {
  const rows: Table = [
    ['大同县市场主体名录（2026年第三季度）'],
    ['数据来源：大同县市场监督管理局登记注册系统', null, null, null, null, null, null, null, null, '导出日期：2026年11月20日'],
    [
      '序号',
      '统一社会信用代码（注册号）',
      '市场主体名称',
      '法定代表人（负责人/经营者）',
      '住所（经营场所）',
      '所属乡镇',
      '登记机关',
      '管辖单位',
      '主体类型',
      '登记状态',
      '成立日期',
      '信用风险分类',
    ],
  ];
  for (let i = 1; i <= BUREAU_ROSTER.dataRows; i++) {
    const code = i === BUREAU_ROSTER.repeatAt ? bureauCode(BUREAU_ROSTER.repeatOf) : bureauCode(i);
    const town = TOWNS[i % TOWNS.length]!;
    rows.push([
      i,
      code,
      `大同县${town}第${i}号商店`,
      `经营者${i}`,
      `${town}${i}号`,
      town,
      '大同县市场监督管理局',
      `${town.slice(0, 2)}市场监管所`,
      TYPES[i % TYPES.length]!,
      STATUS[i % STATUS.length]!,
      DATES(i),
      RISK[i % RISK.length]!,
    ]);
    if (i === 100 || i === 200) rows.push([]);
  }
  rows.push(['合计', `${BUREAU_ROSTER.dataRows} 户`]);
  rows.push(['制表人：王建华', null, null, '审核人：李秀英', null, null, '制表日期：2026年11月20日']);
  rows.push(['填表说明：本表由登记注册系统导出，信用风险分类按2026年分类结果填写。']);
  return rows;
}

/** An inspector list as the 人事 office keeps it: free 执法领域, every kind of 状态, text dates. */
export function bureauInspectorTable(): Table {
  return [
    ['大同县市场监督管理局行政执法人员名单'],
    ['填报单位：法规科', null, null, null, '填报日期：2026年11月1日'],
    ['序号', '姓名', '执法证件号', '科室或所', '执法领域', '状态', '有效期至', '联系电话'],
    [1, '王建国', '14022119001', '西坪市场监管所', '食品安全、特种设备', '在职', '2028年12月31日', '13800000001'],
    [2, '李秀英', '14022119002', '聚乐市场监管所', '计量，标准化', '在岗', '2028.6.30', '13800000002'],
    [3, '张卫东', '14022119003', '执法稽查科', '特种设备/计量', '正常', '2028/3/1', ''],
    [4, '赵红梅', '14022119004', '倍加市场监管所', '广告 价格', '在岗', '20290101', ''],
    [5, '刘志强', '14022119005', '周士市场监管所', '食品安全', '退休', '2029-01-01', ''],
    [6, '陈丽', '14022119006', '吉家市场监管所', '药品；化妆品', '借调', '2029年1月1日', ''],
    [7, '杨波', '14022119007', '西坪市场监管所', '网络交易', '休假', '2029年1月1日', ''],
    [8, '黄海', '14022119008', '聚乐市场监管所', '食品安全', '在岗', '2026年11月30日', ''],
    [9, '周明', '14022119009', '执法稽查科', '特种设备', '在岗', '', ''],
    [10, '吴刚', '14022119010', '倍加市场监管所', '计量', '在岗', new Date(Date.UTC(2029, 11, 31)), ''],
    [],
    ['制表人：孙敏', null, null, '审核人：李秀英'],
  ];
}

export async function writeXlsx(table: Table, file: string, sheet = 'Sheet1'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of table) ws.addRow(row.map((v) => v ?? null));
  // A title alone in the first row is merged across the table, as clerks format it.
  if (table[0]?.length === 1) ws.mergeCells('A1:H1');
  await wb.xlsx.writeFile(file);
  return file;
}

/** As Excel on a Chinese Windows PC saves "CSV (逗号分隔)": GBK, CRLF, dates as the clerk sees them. */
export function writeGbkCsv(table: Table, file: string): string {
  const text = (v: string | number | Date | null) => {
    if (v === null) return '';
    if (v instanceof Date) return `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}`;
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  fs.writeFileSync(file, iconv.encode(table.map((row) => row.map(text).join(',')).join('\r\n'), 'gbk'));
  return file;
}

/** A legacy .xls (BIFF8), as older systems and WPS still save. */
export function writeXls(table: Table, file: string, sheet = 'Sheet1'): string {
  const ws = XLSX.utils.aoa_to_sheet(
    table.map((row) => row.map((v) => v ?? null)),
    { cellDates: true },
  );
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  fs.writeFileSync(file, XLSX.write(wb, { bookType: 'xls', type: 'buffer' }) as Buffer);
  return file;
}

export function bureauFiles(dir: string, table: Table, base: string) {
  return {
    xlsx: () => writeXlsx(table, path.join(dir, `${base}.xlsx`)),
    csv: () => Promise.resolve(writeGbkCsv(table, path.join(dir, `${base}.csv`))),
    xls: () => Promise.resolve(writeXls(table, path.join(dir, `${base}.xls`))),
  };
}
