import { codeColumnLabel } from '../../entities/uscc.ts';
import { chineseDate } from '../data/doc-dates.ts';
import { bodyParagraphs, ruledWidths, signatureBlock, titleBlock } from './document-blocks.ts';
import { documentDefinition } from './document-shell.ts';
import { renderWithLongTable, type LongTable } from '../pdf/long-table.ts';
import { LANDSCAPE } from '../pdf/page-layout.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { Alignment, PdfContent } from '../pdf/pdf-types.ts';
import type { CorrectionLine, PublicationData, PublicationLine } from '../data/publication-data.ts';
import { fillTemplate, paragraphsOf, type ParsedTemplate, type PlaceholderValue } from '../templates/template-format.ts';
import { taskPlaceholders } from '../data/document-task.ts';

export interface Column<L> {
  label: string;
  widthMm: number;
  xlsxWidth: number;
  alignment: Alignment;
  value: (l: L) => string;
}
export type PublicationColumn = Column<PublicationLine>;

/**
 * The columns of the 公示 table, in the PDF (mm) and in Excel (character units). The code column
 * is headed 统一社会信用代码（注册号） when any entity listed has an older 个体工商户's 注册号.
 */
export function publicationColumns(lines: readonly PublicationLine[]): readonly PublicationColumn[] {
  return [
    { label: '序号', widthMm: 10, xlsxWidth: 6, alignment: 'center', value: (l) => String(l.position) },
    { label: '检查对象名称', widthMm: 38, xlsxWidth: 36, alignment: 'left', value: (l) => l.name },
    // 18 characters of 小五 fit on one line, the widest (W, M, Q) too: a code must never wrap (tested).
    { label: codeColumnLabel(lines.map((l) => l.code)), widthMm: 42, xlsxWidth: 22, alignment: 'left', value: (l) => l.code },
    { label: '检查事项及检查结果', widthMm: 62, xlsxWidth: 48, alignment: 'left', value: (l) => l.items },
    { label: '检查结果', widthMm: 25, xlsxWidth: 30, alignment: 'left', value: (l) => l.result },
    { label: '检查实施机关', widthMm: 23, xlsxWidth: 26, alignment: 'left', value: (l) => l.agency },
    { label: '检查日期', widthMm: 25, xlsxWidth: 16, alignment: 'center', value: (l) => (l.inspectedOn ? chineseDate(l.inspectedOn) : '') },
  ];
}

/** The columns of a 更正公示's table: each changed field, before → after. */
export function correctionColumns(lines: readonly CorrectionLine[]): readonly Column<CorrectionLine>[] {
  return [
    { label: '序号', widthMm: 10, xlsxWidth: 6, alignment: 'center', value: (l) => String(l.position) },
    { label: '检查对象名称', widthMm: 38, xlsxWidth: 36, alignment: 'left', value: (l) => l.name },
    { label: codeColumnLabel(lines.map((l) => l.code)), widthMm: 42, xlsxWidth: 22, alignment: 'left', value: (l) => l.code },
    { label: '更正事项', widthMm: 34, xlsxWidth: 30, alignment: 'left', value: (l) => l.field },
    { label: '原公示内容', widthMm: 50, xlsxWidth: 40, alignment: 'left', value: (l) => l.before || '（空）' },
    { label: '更正后内容', widthMm: 51, xlsxWidth: 40, alignment: 'left', value: (l) => l.after || '（空）' },
  ];
}

/** The opening of a 更正公示: which publication it corrects and why. */
export function correctionIntro(d: PublicationData): string {
  const c = d.correction!;
  const entities = new Set(c.changes.map((x) => x.code)).size;
  return (
    `${d.issuer ?? '本局'}于${chineseDate(c.correctsOn)}公示的抽查任务“${d.task.name}”（任务编号：${d.task.code}）的抽查结果中，` +
    `${entities}户检查对象的检查结果有误，现予更正。更正理由：${c.reason.replace(/[。.]?$/, '。')}`
  );
}

/** What each placeholder of the publication template stands for. */
export function publicationValues(d: PublicationData): Record<string, PlaceholderValue> {
  return {
    ...taskPlaceholders(d.bureauName, d.task),
    count: String(d.lines.length),
    issuer: d.issuer ?? '本局',
    date: chineseDate(d.date),
    'contact.name': d.contactName,
    'contact.phone': d.contactPhone,
  };
}

/** The title lines, filled: the .xlsx puts them in its title row. A 更正公示 says so under it. */
export function publicationTitle(template: ParsedTemplate, d: PublicationData): string[] {
  const lines = paragraphsOf(fillTemplate(template.title ?? '', publicationValues(d)));
  return d.kind === '更正公示' ? [...lines, '（更正公示）'] : lines;
}

// 小五: seven columns, one holding every item of the task, read better small than wrapped tall.
const FONT_SIZE = 9;

function table<L>(columns: readonly Column<L>[], lines: readonly L[]): LongTable {
  return {
    // 统一社会信用代码（注册号） is too wide for its column: it breaks before the bracket, not inside it.
    header: () => columns.map((c) => ({ text: c.label.replace('（', '\n（'), style: 'tableHeader', fontSize: FONT_SIZE })),
    rows: () =>
      lines.map((line) => columns.map((c) => ({ text: c.value(line), style: 'tableCell', fontSize: FONT_SIZE, alignment: c.alignment }))),
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
  const title = publicationTitle(template, d);
  const info = { title: title.join(''), author: d.bureauName };
  const long = d.correction
    ? table(correctionColumns(d.correction.changes), d.correction.changes)
    : table(publicationColumns(d.lines), d.lines);
  const intro = d.correction ? correctionIntro(d) : fill(template.intro);
  return renderWithLongTable(renderer, LANDSCAPE, long, (pieces, complete, pageBreakBefore) => {
    const content: PdfContent[] = [titleBlock(title.join('\n')), ...bodyParagraphs(intro), ...pieces];
    if (complete) {
      const closing = bodyParagraphs(fill(template.closing));
      if (closing[0]) closing[0].margin = [0, 6, 0, 0];
      content.push(signatureBlock(renderer, LANDSCAPE, d.bureauName, d.date, closing));
    }
    return documentDefinition(renderer, LANDSCAPE, info, [content], { pageBreakBefore });
  });
}
