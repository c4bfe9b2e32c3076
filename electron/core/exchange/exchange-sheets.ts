import type ExcelJS from 'exceljs';
import { addTableSheet } from '../xlsx/table-writer.ts';
import type { ExchangePart } from './exchange-part.ts';

/**
 * The three sheets the department reads before it goes out: whom it visits, who of its people
 * goes where, and what it checks. Codes and 执法证号 are text ('@'), so they print as written.
 * None of them has a 检查结果 column, so the results import never mistakes one for the result sheet.
 */
export function addPartSheets(workbook: ExcelJS.Workbook, p: ExchangePart): void {
  const title = (what: string) => `${p.task.name}（${p.task.code}）${what}`;
  addTableSheet(workbook, {
    sheetName: '检查对象',
    title: title('检查对象'),
    columns: [
      { header: '序号', width: 6, align: 'center' },
      { header: '统一社会信用代码', width: 21, align: 'center', numFmt: '@' },
      { header: '名称', width: 28 },
      { header: '住所', width: 34 },
      { header: '法定代表人（负责人）', width: 12 },
      { header: '联系电话', width: 14, numFmt: '@' },
      { header: '所属区域', width: 12 },
    ],
    rows: p.entities.map((e) => [e.position, e.code, e.name, e.address, e.legalRep, e.phone, e.area]),
    landscape: true,
  });
  addTableSheet(workbook, {
    sheetName: '执法人员',
    title: title(`${p.department.name}执法人员（随机抽取）`),
    columns: [
      { header: '序号', width: 6, align: 'center' },
      { header: '统一社会信用代码', width: 21, align: 'center', numFmt: '@' },
      { header: '检查对象名称', width: 28 },
      { header: '姓名', width: 10 },
      { header: '执法证号', width: 16, align: 'center', numFmt: '@' },
      { header: '组内分工', width: 8, align: 'center' },
      { header: '联合检查组组长', width: 24 },
    ],
    rows: p.entities.flatMap((e) =>
      e.members.map((m) => [e.position, e.code, e.name, m.name, m.certNo, m.leader ? '组长' : '组员', e.leader || '（未设组长）']),
    ),
    landscape: true,
  });
  addTableSheet(workbook, {
    sheetName: '抽查事项',
    title: title(`${p.department.name}抽查事项`),
    columns: [
      { header: '序号', width: 6, align: 'center' },
      { header: '抽查事项', width: 26 },
      { header: '检查依据', width: 36 },
      { header: '检查内容', width: 36 },
      { header: '检查方式', width: 14 },
      { header: '事项类别', width: 16 },
    ],
    rows: p.items.map((i) => [i.position, i.name, i.basis, i.content, i.method, i.category]),
    landscape: true,
  });
}
