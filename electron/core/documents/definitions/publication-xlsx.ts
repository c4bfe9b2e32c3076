import ExcelJS from 'exceljs';
import { writeWorkbookFile } from '../../files/atomic-write.ts';
import { addTableSheet } from '../../xlsx/table-writer.ts';
import type { PublicationData } from '../data/publication-data.ts';
import { correctionColumns, correctionIntro, publicationColumns, publicationTitle } from './publication-pdf.ts';
import type { ParsedTemplate } from '../templates/template-format.ts';

/**
 * A stored 抽查结果公示 (or 更正公示) as a styled workbook (title row, bold header frozen and repeated on every
 * printed page, borders, widths, wrapped text, A4 landscape). Every value is written as text or
 * number through `safeCellValue`, so a name beginning with "=" never becomes a formula.
 */
export async function writePublicationXlsx(template: ParsedTemplate, d: PublicationData, outPath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = d.bureauName;
  const title = publicationTitle(template, d).join('');
  if (d.correction) {
    // A 更正公示: each changed field, before → after, under the reason.
    const changes = d.correction.changes;
    const columns = correctionColumns(changes);
    addTableSheet(workbook, {
      sheetName: '更正公示',
      title: `${title}　${correctionIntro(d)}`,
      columns: columns.map((c) => ({ header: c.label, width: c.xlsxWidth, align: c.alignment === 'center' ? 'center' : 'left' })),
      rows: changes.map((line) => columns.map((c) => (c.label === '序号' ? line.position : c.value(line)))),
      landscape: true,
    });
  } else {
    const columns = publicationColumns(d.lines);
    addTableSheet(workbook, {
      sheetName: '抽查结果公示',
      title,
      columns: columns.map((c) => ({ header: c.label, width: c.xlsxWidth, align: c.alignment === 'center' ? 'center' : 'left' })),
      rows: d.lines.map((line) => columns.map((c) => (c.label === '序号' ? line.position : c.value(line)))),
      landscape: true,
    });
  }
  await writeWorkbookFile(workbook, outPath);
}
