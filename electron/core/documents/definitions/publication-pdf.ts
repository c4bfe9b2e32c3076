import { codeColumnLabel } from '../../entities/uscc.ts';
import { chineseDate } from '../data/doc-dates.ts';
import { bodyParagraphs, ruledWidths, signatureBlock, titleBlock } from './document-blocks.ts';
import { documentDefinition } from './document-shell.ts';
import { renderWithLongTable, type LongTable } from '../pdf/long-table.ts';
import { LANDSCAPE } from '../pdf/page-layout.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { Alignment, PdfContent } from '../pdf/pdf-types.ts';
import type { PublicationData, PublicationLine } from '../data/publication-data.ts';
import { fillTemplate, paragraphsOf, type ParsedTemplate, type PlaceholderValue } from '../templates/template-format.ts';
import { taskPlaceholders } from '../data/document-task.ts';

export interface PublicationColumn {
  label: string;
  widthMm: number;
  xlsxWidth: number;
  alignment: Alignment;
  value: (l: PublicationLine) => string;
}

/**
 * The columns of the 公示 table, in the PDF (mm) and in Excel (character units). The code column
 * is headed 统一社会信用代码（注册号） when any entity listed has an older 个体工商户's 注册号.
 */
export function publicationColumns(lines: readonly PublicationLine[]): readonly PublicationColumn[] {
  return [
    { label: '序号', widthMm: 10, xlsxWidth: 6, alignment: 'center', value: (l) => String(l.position) },
    { label: '检查对象名称', widthMm: 45, xlsxWidth: 36, alignment: 'left', value: (l) => l.name },
    { label: codeColumnLabel(lines.map((l) => l.code)), widthMm: 40, xlsxWidth: 22, alignment: 'left', value: (l) => l.code },
    { label: '抽查事项', widthMm: 53, xlsxWidth: 32, alignment: 'left', value: (l) => l.items },
    { label: '检查实施机关', widthMm: 26, xlsxWidth: 26, alignment: 'left', value: (l) => l.agency },
    { label: '检查日期', widthMm: 25, xlsxWidth: 16, alignment: 'center', value: (l) => (l.inspectedOn ? chineseDate(l.inspectedOn) : '') },
    { label: '检查结果', widthMm: 26, xlsxWidth: 30, alignment: 'left', value: (l) => l.result },
  ];
}

/** What each placeholder of the publication template stands for. */
export function publicationValues(d: PublicationData): Record<string, PlaceholderValue> {
  return {
    ...taskPlaceholders(d.bureauName, d.task),
    count: String(d.lines.length),
    date: chineseDate(d.date),
    'contact.name': d.contactName,
    'contact.phone': d.contactPhone,
  };
}

/** The title lines, filled: the .xlsx puts them in its title row. */
export function publicationTitle(template: ParsedTemplate, d: PublicationData): string[] {
  return paragraphsOf(fillTemplate(template.title ?? '', publicationValues(d)));
}

// 小五: seven columns, one holding every item of the task, read better small than wrapped tall.
const FONT_SIZE = 9;

function table(d: PublicationData): LongTable {
  const columns = publicationColumns(d.lines);
  return {
    // 统一社会信用代码（注册号） is too wide for its column: it breaks before the bracket, not inside it.
    header: () => columns.map((c) => ({ text: c.label.replace('（', '\n（'), style: 'tableHeader', fontSize: FONT_SIZE })),
    rows: () =>
      d.lines.map((line) => columns.map((c) => ({ text: c.value(line), style: 'tableCell', fontSize: FONT_SIZE, alignment: c.alignment }))),
    widths: ruledWidths(columns),
  };
}

/**
 * The 抽查结果公示 of a task as PDF, A4 landscape: title, opening, the table (header on every page,
 * rows kept whole), closing, and the bureau with the date.
 */
export async function renderPublicationPdf(renderer: PdfRenderer, template: ParsedTemplate, d: PublicationData): Promise<Buffer> {
  const values = publicationValues(d);
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillTemplate(text, values));
  const info = { title: publicationTitle(template, d).join(''), author: d.bureauName };
  return renderWithLongTable(renderer, LANDSCAPE, table(d), (pieces, complete, pageBreakBefore) => {
    const content: PdfContent[] = [titleBlock(fill(template.title)), ...bodyParagraphs(fill(template.intro)), ...pieces];
    if (complete) {
      const closing = bodyParagraphs(fill(template.closing));
      if (closing[0]) closing[0].margin = [0, 6, 0, 0];
      content.push(signatureBlock(renderer, LANDSCAPE, d.bureauName, d.date, closing));
    }
    return documentDefinition(renderer, LANDSCAPE, info, [content], { pageBreakBefore });
  });
}
