import { codeLabel } from '../../entities/uscc.ts';
import { ruledWidths, titleBlock } from './document-blocks.ts';
import { documentDefinition } from './document-shell.ts';
import { RULED_TABLE_LAYOUT } from '../pdf/document-styles.ts';
import { labelEntityCode } from '../data/entity-code-label.ts';
import { BODY_LINE_PITCH, PORTRAIT } from '../pdf/page-layout.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { PdfContent, PdfDocDefinition, PdfNode } from '../pdf/pdf-types.ts';
import type { SheetData, SheetJoint } from '../data/record-sheet-data.ts';
import type { ItemFinding } from '../../results/result-schema.ts';
import { fillTemplate, paragraphsOf, type ParsedTemplate, type PlaceholderValue } from '../templates/template-format.ts';
import { taskPlaceholders } from '../data/document-task.ts';
import { chineseDate } from '../data/doc-dates.ts';

/** What each placeholder of the record sheet template stands for. */
export function sheetValues(d: SheetData): Record<string, PlaceholderValue> {
  return {
    ...taskPlaceholders(d.bureauName, d.task),
    'entity.name': d.entity.name,
    'entity.code': d.entity.code,
    'entity.address': d.entity.address,
    'entity.legalRep': d.entity.legalRep,
  };
}

const label = (text: string): PdfNode => ({ text, style: 'tableLabel' });
const cell = (text: string, extra: PdfNode = {}): PdfNode => ({ text, style: 'tableCell', ...extra });
const span = (text: string, n: number): PdfNode[] => [cell(text, { colSpan: n }), ...Array.from({ length: n - 1 }, () => ({}))];
/**
 * Choices to tick on paper: □实地检查　□书面检查 …, an entered result's ticked (☑, the “√ in □”
 * the sheet's note asks for). `packed`: choices too long to share a line (the platform's 后续处置
 * run to 28 characters) are packed into whole lines, since pdfmake breaks Chinese text between any
 * two characters whatever noWrap says; short ones flow.
 */
function boxes(choices: readonly string[], ticked: (choice: string) => boolean = () => false, packed = false): PdfNode {
  const marked = choices.map((c) => `${ticked(c) ? '☑' : '□'}${c}`);
  const text = packed ? packLines(marked).join('\n') : marked.flatMap((c, i) => [...(i > 0 ? ['　'] : []), { text: c, noWrap: true }]);
  return { text, style: 'tableCell', fontSize: CHOICE_FONT_SIZE, lineHeight: CHOICE_LINE_HEIGHT };
}
function packLines(choices: readonly string[]): string[] {
  const lines: string[] = [];
  for (const choice of choices) {
    const last = lines.length - 1;
    if (last >= 0 && [...lines[last]!].length + 1 + [...choice].length <= CHOICES_PER_LINE) lines[last] += `　${choice}`;
    else lines.push(choice);
  }
  return lines;
}
/** Chinese characters of 小五 on one line of the 126 mm choices column (about 46 measured), with a margin. */
const CHOICES_PER_LINE = 40;
// 小五: eighteen result codes fit in a few lines.
const CHOICE_FONT_SIZE = 9;
const CHOICE_LINE_HEIGHT = 1;
const BLANK_DATE = '　　　　年　　月　　日';

// A form's rows sit closer than a list's, so a typical sheet fits on one page.
const FORM_LAYOUT = { ...RULED_TABLE_LAYOUT, paddingTop: () => FORM_PADDING, paddingBottom: () => FORM_PADDING };
const FORM_PADDING = 3;

function ruled(widthsMm: number[], body: PdfNode[][], extra: Record<string, unknown> = {}): PdfNode {
  return {
    table: { widths: ruledWidths(widthsMm.map((widthMm) => ({ widthMm }))), dontBreakRows: true, body, ...extra },
    layout: FORM_LAYOUT,
  };
}

function entityTable(d: SheetData): PdfNode {
  return ruled(
    [33, 51, 33, 39],
    [
      [label('抽查任务'), cell(d.task.name), label('任务编号'), cell(d.task.code)],
      [label('检查对象名称'), ...span(d.entity.name, 3)],
      [label(codeLabel(d.entity.code)), cell(d.entity.code), label('法定代表人（负责人）'), cell(d.entity.legalRep)],
      [label('住所（经营场所）'), ...span(d.entity.address, 3)],
      [label('现场负责人'), cell(''), label('联系电话'), cell(d.entity.phone)],
      [
        label('实施部门'),
        cell(d.joint ? jointDepartmentsText(d.joint) : d.task.department),
        label('检查日期'),
        cell(inspectedOn(d) ? chineseDate(inspectedOn(d)!) : BLANK_DATE),
      ],
    ],
  );
}

// Rows with room to write by hand: two lines of 五号 at least.
const WRITING_ROW = 26;

function itemsTable(d: SheetData): PdfNode {
  const header = ['序号', '抽查事项', '是否检查', '发现问题', '处置情况'].map((t) => ({ text: t, style: 'tableHeader' }));
  if (d.joint) return jointItemsTable(header, d.joint);
  const rows = d.items.map((name, i) => itemRow(i, name, d.result?.itemFindings[i]));
  return ruled(ITEM_WIDTHS, [header, ...rows], { headerRows: 1, heights: (row: number) => (row === 0 ? 'auto' : WRITING_ROW) });
}

const ITEM_WIDTHS = [12, 62, 18, 36, 28];

function itemRow(i: number, name: string, f: ItemFinding | undefined): PdfNode[] {
  // Blank until a result is entered: the inspectors write 是 or 否 by hand, as the sheet's note says.
  const checked = cell(f ? (f.checked ? '是' : '否') : '', { alignment: 'center' });
  return [cell(String(i + 1), { alignment: 'center' }), cell(name), checked, cell(f?.problem ?? ''), cell(f?.handling ?? '')];
}

/** 检查日期: the result's; in a joint task the one date every department entered, else blank. */
function inspectedOn(d: SheetData): string | null {
  if (!d.joint) return d.result?.inspectedOn ?? null;
  const dates = new Set(d.joint.departments.map((x) => x.result?.inspectedOn ?? null));
  return dates.size === 1 ? [...dates][0]! : null;
}

/** 情况说明: the result's findings and notes; in a joint task each department's, under its name. */
function remarksOf(d: SheetData): string {
  const text = (r: SheetData['result']) => (r ? [r.findings, r.notes].filter(Boolean).join('\n') : '');
  if (!d.joint) return text(d.result);
  return d.joint.departments
    .filter((x) => text(x.result) !== '')
    .map((x) => `${x.name}：${text(x.result)}`)
    .join('\n');
}

/**
 * A joint task's items: under each department's name (a row across the table) its own items,
 * numbered from 1, each with room to write; the department rows are no taller than their text.
 */
function jointItemsTable(header: PdfNode[], joint: SheetJoint): PdfNode {
  const rows: PdfNode[][] = [];
  const writing = new Set<number>();
  for (const dept of joint.departments) {
    rows.push(span(dept.name, ITEM_WIDTHS.length).map((c, i) => (i === 0 ? { ...c, style: 'tableLabel', alignment: 'left' } : c)));
    if (dept.items.length === 0) {
      writing.add(rows.length + 1);
      rows.push([cell('', { alignment: 'center' }), cell('无'), cell(''), cell(''), cell('')]);
    }
    dept.items.forEach((name, i) => {
      writing.add(rows.length + 1);
      rows.push(itemRow(i, name, dept.result?.itemFindings[i]));
    });
  }
  return ruled(ITEM_WIDTHS, [header, ...rows], { headerRows: 1, heights: (row: number) => (writing.has(row) ? WRITING_ROW : 'auto') });
}

/** 实施部门 of a joint task: every department, the lead marked. */
function jointDepartmentsText(joint: SheetJoint): string {
  return joint.departments.map((x) => (x.role === '牵头' ? `${x.name}（牵头）` : x.name)).join('、');
}

/** The lines one inspector signs on: name, 执法证号, and room for the signature. */
function signatureLinesOf(inspectors: readonly { name: string; certNo: string }[]): PdfNode {
  const lines = inspectors.map((i): PdfNode => ({ text: `${i.name}（执法证号：${i.certNo}）　签字：`, margin: [0, 0, 0, 6] }));
  return { stack: lines, style: 'tableCell' };
}

/** A joint task's signature rows: one per department, its own inspectors signing in it. */
function jointSignatureRows(joint: SheetJoint): PdfNode[][] {
  return joint.departments.map((x) => [label(`${x.name}\n执法检查人员`), signatureLinesOf(x.inspectors)]);
}

function outcomeTable(d: SheetData): PdfNode {
  const r = d.result ?? null;
  const codeOf = (choice: string) => choice.slice(0, choice.indexOf(' '));
  const rows: PdfNode[][] = [
    [label('核查方式'), boxes(d.checkMethods, (m) => r?.methods.includes(m) ?? false)],
    [
      label('检查结果'),
      boxes(
        d.resultCodes.map((c) => `${c.code} ${c.label}`),
        (c) => r?.codes.includes(codeOf(c)) ?? false,
      ),
    ],
    [label('后续处置'), boxes(d.disposals, (x) => r?.disposal === x, true)],
    [label('情况说明'), cell(remarksOf(d))],
    ...(d.joint ? jointSignatureRows(d.joint) : [[label('执法检查人员'), signatureLinesOf(d.inspectors)]]),
    [label('检查对象意见'), cell(`\n签字（盖章）：　　　　　　　　　　　　${BLANK_DATE}`)],
  ];
  return ruled([30, 126], rows, { heights: (row: number) => (row === 3 ? 36 : 'auto') });
}

/** One 随机抽查情况记录表, pre-filled with the task, the entity, its items and its team. */
export function sheetContent(template: ParsedTemplate, d: SheetData): PdfContent[] {
  const values = sheetValues(d);
  const fill = (text: string) => fillTemplate(labelEntityCode(text, d.entity.code), values);
  const note = paragraphsOf(template.note === undefined ? undefined : fill(template.note));
  // The note sits between title and form: below the form it would be left alone on a page of its
  // own whenever the form just fills one.
  return [
    titleBlock(fill(template.title ?? ''), note.length > 0 ? 0 : BODY_LINE_PITCH / 3),
    ...note.map((text, i): PdfNode => ({
      text,
      style: 'tableCell',
      fontSize: CHOICE_FONT_SIZE,
      lineHeight: CHOICE_LINE_HEIGHT,
      margin: [0, 0, 0, i === note.length - 1 ? 4 : 0],
    })),
    entityTable(d),
    itemsTable(d),
    outcomeTable(d),
  ];
}

/** The sheets as one PDF: one entity's, or a task's whole batch for printing. */
export function sheetDocument(renderer: PdfRenderer, template: ParsedTemplate, sheets: readonly SheetData[]): PdfDocDefinition {
  const first = sheets[0]!;
  const title =
    sheets.length === 1 ? `${first.entity.name} 随机抽查情况记录表` : `${first.task.code} ${first.task.name} 随机抽查情况记录表`;
  return documentDefinition(
    renderer,
    PORTRAIT,
    { title, author: first.bureauName },
    sheets.map((d) => sheetContent(template, d)),
  );
}
