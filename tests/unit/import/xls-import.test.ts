import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { queryEntities } from '../../../electron/core/entities/entity-query.ts';
import { applyItemImport, previewItemImport } from '../../../electron/core/items/item-import.ts';
import { listItems } from '../../../electron/core/items/item-service.ts';
import { exportItemsXlsx } from '../../../electron/core/items/item-xlsx-export.ts';
import { importResults } from '../../../electron/core/results/result-import.ts';
import { taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { OFFICIAL_HEADER, contentOf, officialRow } from '../items-xlsx/item-workbook.ts';
import { inspectAndImport } from './import-as.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { codeFor, messyEntityWorkbook } from './roster-fixtures.ts';

/**
 * The same workbook saved as Excel 97–2003 (.xls), as a clerk's "另存为" does: values, number
 * formats, merges. Text goes to the shared string table, as Excel writes it (SheetJS's other way,
 * one LABEL record a cell, cuts text at 255 characters, and 检查依据 runs longer).
 */
function savedAsXls(xlsx: string, name = path.basename(xlsx).replace(/\.xlsx$/, '.xls')): string {
  const workbook = XLSX.read(fs.readFileSync(xlsx), { type: 'buffer', cellNF: true });
  const file = path.join(path.dirname(xlsx), name);
  fs.writeFileSync(file, XLSX.write(workbook, { bookType: 'xls', type: 'buffer', bookSST: true }) as Buffer);
  expect(fs.readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  return file;
}

async function importEntities(ctx: AppContext, file: string) {
  return inspectAndImport(ctx, 'entities', file);
}

/** What was stored about each entity, without identity, timestamps or the file's name (its row stays). */
const storedEntities = (ctx: AppContext) =>
  queryEntities(ctx.db, { limit: 100 })
    .rows.map(({ id: _id, createdAt: _c, updatedAt: _u, ...entity }) => ({ ...entity, source: entity.source?.replace(/^.*\.xlsx? /, '') }))
    .sort((a, b) => a.code.localeCompare(b.code));

describe('importing from a legacy .xls, end to end', () => {
  it('a messy entity roster saved as .xls imports exactly as the .xlsx: header under the title, same rows kept out for the same reasons', async () => {
    const dir = tempDir();
    const xlsx = await messyEntityWorkbook(dir);
    const xls = savedAsXls(xlsx);
    const [fromXlsx, fromXls] = [tempContext(), tempContext()];
    const a = await importEntities(fromXlsx, xlsx);
    const b = await importEntities(fromXls, xls);
    expect(b.inspection).toMatchObject({ format: 'xls', headerRow: 3 });
    expect({ ...b.inspection, fileName: '', format: '' }).toEqual({ ...a.inspection, fileName: '', format: '' });
    expect(b.result.fileName).toBe('市场主体名录（乱）.xls');
    expect(b.result.counts).toEqual(a.result.counts);
    expect(b.result.counts).toMatchObject({ total: 12, new: 4, rejected: 5, skipped: 2 });
    expect(b.result.errors).toEqual(a.result.errors);
    expect(storedEntities(fromXls)).toEqual(storedEntities(fromXlsx));
    expect(storedEntities(fromXls).find((e) => e.name === '大同县华兴商贸有限公司')).toMatchObject({ established: '2015-06-30' });
  });

  it('the item list we export, saved as .xls, previews as unchanged and applies like the .xlsx', async () => {
    const { db } = tempContext();
    const xlsx = path.join(tempDir(), '清单.xlsx');
    await exportItemsXlsx(db, xlsx);
    const xls = savedAsXls(xlsx);
    const preview = await previewItemImport(db, xls);
    expect({ ...preview, fileName: '清单.xlsx' }).toEqual(await previewItemImport(db, xlsx));
    expect(preview.counts).toEqual({ new: 0, updated: 0, restored: 0, unchanged: 14 });
    const before = listItems(db).map(contentOf);
    expect((await applyItemImport(db, xls)).counts.unchanged).toBe(14);
    expect(listItems(db).map(contentOf)).toEqual(before);
  });

  it('an official item list as .xls: 备注 merged down two rows applies to both, a percent-formatted ratio reads as 5', async () => {
    const { db } = tempContext();
    const [first, second] = listItems(db);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['大同县市场和质量监督管理局随机抽查事项清单']);
    sheet.mergeCells('A1:H1');
    sheet.addRow([...OFFICIAL_HEADER, '抽查比例']);
    sheet.addRow([...officialRow({ ...first!, content: '新的检查内容' }, 1), 0.05]);
    sheet.addRow([...officialRow({ ...second!, category: '' as never }, 2), 0.1]);
    sheet.mergeCells('G3:G4');
    sheet.getCell('G3').value = first!.category;
    for (const cell of ['H3', 'H4']) sheet.getCell(cell).numFmt = '0%';
    const xlsx = path.join(tempDir(), '正式清单.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const xls = savedAsXls(xlsx);
    const preview = await previewItemImport(db, xls);
    expect(preview).toMatchObject({ headerRow: 2, problems: [] });
    expect({ ...preview, fileName: '' }).toEqual({ ...(await previewItemImport(db, xlsx)), fileName: '' });
    await applyItemImport(db, xls);
    const [a, b] = listItems(db);
    expect(a).toMatchObject({ content: '新的检查内容', ratio: 5, category: first!.category });
    expect(b).toMatchObject({ ratio: 10, category: first!.category });
  });

  it('results saved as .xls, with a real date cell for 检查日期, import into the task', async () => {
    const ctx = tempContext();
    seedEntities(ctx.db, 20);
    seedInspectors(ctx.db, 6);
    const task = makeTask(ctx.db, { count: 2 });
    runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
    const rows = taskResults(ctx.db, task.id);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('结果');
    sheet.addRow(['检查结果汇总表']);
    sheet.addRow(['任务编号', '统一社会信用代码', '检查结果', '检查日期', '核查方式']);
    for (const row of rows) sheet.addRow([getTask(ctx.db, task.id).code, row.code, '1', new Date(Date.UTC(2026, 11, 2)), '实地检查']);
    sheet.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
    const xlsx = path.join(tempDir(), '结果.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    await importResults(ctx.db, savedAsXls(xlsx), undefined, '2027-03-01');
    for (const row of taskResults(ctx.db, task.id)) {
      expect(row.result).toMatchObject({ codes: ['1'], methods: ['实地检查'], inspectedOn: '2026-12-02' });
    }
  });
});

/** A roster as a system's "导出Excel" gives it: a title across the table, a 填报单位 line, a header, a 合计 row. */
const EXPORTED_ROWS: { title?: true; cells: string[] }[] = [
  { title: true, cells: ['大同县市场主体名录（2026年）'] },
  { cells: ['填报单位：大同县市场监督管理局', '', '', '', '', '', '', ''] },
  { cells: ['序号', '统一社会信用代码', '企业名称', '法定代表人', '经营场所', '所属乡镇', '成立日期', '信用风险分类'] },
  { cells: ['1', codeFor(31), '大同县华兴&隆盛商贸有限公司', '王堃', '西坪镇1号', '西坪镇', '2015-06-30', 'A'] },
  { cells: ['2', codeFor(32), '大同县隆盛五金店', '李明', '倍加造镇2号', '倍加造镇', '2018/3/5', 'B'] },
  { cells: ['3', codeFor(33), '大同县聚乐饭店', '张三', '聚乐乡', '聚乐乡', '', 'C'] },
  { cells: ['4', '', '没有代码的店', '吴八', '杜庄乡', '杜庄乡', '', ''] },
  { cells: ['合计', '', '', '', '', '', '', ''] },
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The roster as that system writes it: HTML named .xls, in the charset its <meta> declares. */
function exportedWebPage(file: string, charset: 'utf-8' | 'gb2312'): string {
  const rows = EXPORTED_ROWS.map(({ title, cells }) =>
    title
      ? `<tr><td colspan="8" align="center"><b>${cells[0]}</b></td></tr>`
      : `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`,
  );
  const html =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">\r\n' +
    `<head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><style>td{mso-number-format:"\\@";}</style></head>\r\n` +
    `<body><table border="1">\r\n${rows.join('\r\n')}\r\n</table></body></html>`;
  fs.writeFileSync(file, charset === 'utf-8' ? Buffer.from(html, 'utf8') : iconv.encode(html, 'gbk'));
  return file;
}

describe('importing a web page saved as .xls', () => {
  it('a roster a system exported as an HTML table named .xls, in UTF-8 or GB2312, imports as the same table typed into an .xlsx', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    for (const { cells } of EXPORTED_ROWS) sheet.addRow(cells);
    sheet.mergeCells('A1:H1');
    const xlsx = path.join(dir, '导出名录.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const fromXlsx = tempContext();
    const expected = await importEntities(fromXlsx, xlsx);
    expect(expected.result.counts).toMatchObject({ new: 3, rejected: 1 });
    for (const charset of ['utf-8', 'gb2312'] as const) {
      const ctx = tempContext();
      const { inspection, result } = await importEntities(ctx, exportedWebPage(path.join(dir, `导出名录-${charset}.xls`), charset));
      expect(inspection, charset).toMatchObject({ format: 'xls', headerRow: 3 });
      expect({ ...inspection, fileName: '', format: '' }, charset).toEqual({ ...expected.inspection, fileName: '', format: '' });
      expect(result.counts, charset).toEqual(expected.result.counts);
      expect(result.errors, charset).toEqual(expected.result.errors);
      expect(storedEntities(ctx), charset).toEqual(storedEntities(fromXlsx));
      expect(
        storedEntities(ctx).find((e) => e.code === codeFor(31)),
        charset,
      ).toMatchObject({
        name: '大同县华兴&隆盛商贸有限公司',
        legalRep: '王堃',
        established: '2015-06-30',
        riskClass: 'A',
      });
    }
  });
});
