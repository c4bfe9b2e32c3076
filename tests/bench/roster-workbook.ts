import ExcelJS from 'exceljs';
import { usccCheckChar } from '../../electron/core/entities/uscc.ts';

const TOWNS = ['西坪镇', '倍加造镇', '聚乐乡', '周士庄镇', '吉家庄乡', '峰峪乡', '许堡乡', '党留庄乡', '杜庄乡', '瑞口乡'];
const WORDS = '华兴隆盛泰丰源达鑫宏远恒通昌明福祥瑞安康和顺利发金银山水田园春秋东西南北中新旺'.split('');
const KINDS = ['商贸有限公司', '食品加工厂', '五金店', '超市', '农民专业合作社', '汽车修理厂', '建材经营部', '餐饮店'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('');

/** A deterministic pseudo-random roster row generator, so every run measures the same data. */
export function rosterRows(count: number): Generator<string[]> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(a: T[]) => a[Math.floor(next() * a.length)]!;
  return (function* () {
    for (let i = 0; i < count; i++) {
      const first17 = `92140221MA${String(i).padStart(7, '0')}`;
      const town = pick(TOWNS);
      yield [
        first17 + usccCheckChar(first17),
        `大同县${pick(WORDS)}${pick(WORDS)}${pick(WORDS)}${pick(KINDS)}`,
        pick(SURNAMES) + pick(WORDS) + pick(WORDS),
        `山西省大同市大同县${town}${pick(WORDS)}${pick(WORDS)}村${Math.floor(next() * 300)}号`,
        town,
        pick(['批发和零售业', '制造业', '住宿和餐饮业', '农、林、牧、渔业']),
        pick(['个体工商户', '企业', '农民专业合作社']),
        pick(['存续', '存续', '存续', '注销']),
        `13${String(Math.floor(next() * 1e9)).padStart(9, '0')}`,
        pick(['A', 'B', 'C', 'D']),
      ];
    }
  })();
}

export const ROSTER_HEADER = [
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

/** Writes a roster .xlsx of `count` rows × 10 columns with exceljs's streaming writer. */
export async function writeRosterWorkbook(file: string, count: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('名录');
  sheet.addRow(ROSTER_HEADER).commit();
  for (const row of rosterRows(count)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
