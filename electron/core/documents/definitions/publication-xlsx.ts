import ExcelJS from 'exceljs';
import { writeWorkbookFile } from '../../files/atomic-write.ts';
import { addTableSheet } from '../../xlsx/table-writer.ts';
import type { PublicationData } from '../data/publication-data.ts';
import { publicationColumns, publicationTitle } from './publication-pdf.ts';
import type { ParsedTemplate } from '../templates/template-format.ts';

/**
 * The 抽查结果公示 as a styled workbook (title row, bold header frozen and repeated on every
 * printed page, borders, widths, wrapped text, A4 landscape). Every value is written as text or
 * number through `safeCellValue`, so a name beginning with "=" never becomes a formula.
 */
export async function writePublicationXlsx(template: ParsedTemplate, d: PublicationData, outPath: string): Promise<void> {
  const columns = publicationColumns(d.lines);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = d.bureauName;
  addTableSheet(workbook, {
    sheetName: '抽查结果公示',
    title: publicationTitle(template, d).join(''),
    columns: columns.map((c) => ({ header: c.label, width: c.xlsxWidth, align: c.alignment === 'center' ? 'center' : 'left' })),
    rows: d.lines.map((line) => columns.map((c) => (c.label === '序号' ? line.position : c.value(line)))),
    landscape: true,
  });
  await writeWorkbookFile(workbook, outPath);
}
