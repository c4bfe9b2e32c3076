import { chineseDate } from '../data/doc-dates.ts';
import { BODY_FONT_SIZE, RULED_TABLE_LAYOUT, TABLE_PADDING, TABLE_RULE_WIDTH } from '../pdf/document-styles.ts';
import { BODY_CHAR_PITCH, BODY_LINE_PITCH, mm, type PageGeometry } from '../pdf/page-layout.ts';
import type { PdfContent, PdfNode } from '../pdf/pdf-types.ts';
import { paragraphsOf } from '../templates/template-format.ts';

/**
 * The structural pieces every document is built from, placed by GB/T 9704-2012: title lines,
 * 文号, 主送机关, body paragraphs with their heading levels, and the 落款 (bureau and date) with
 * room for the seal.
 */

/** What placing text by its width needs from the renderer. */
export interface TextMeasure {
  textWidth(family: string, text: string, fontSize: number): number;
}

/** The title, each line centred in 2号 小标宋, with one blank line below it (a form may want less). */
export function titleBlock(text: string | undefined, spaceBelow = BODY_LINE_PITCH): PdfNode {
  return { stack: paragraphsOf(text).map((line) => ({ text: line, style: 'title' })), margin: [0, 0, 0, spaceBelow] };
}

/** 文号, right-aligned on the line under the title, as 执法文书 print it. */
export function docNumberLine(docNumber: string): PdfNode {
  return { text: docNumber, style: 'flush', alignment: 'right', margin: [0, 0, 0, BODY_LINE_PITCH] };
}

/** 主送机关 (the addressee): flush left, one line or more. */
export function addresseeBlock(text: string | undefined): PdfNode[] {
  return paragraphsOf(text).map((line) => ({ text: line, style: 'flush' }));
}

const HEADING_1 = /^[一二三四五六七八九十]{1,3}、/;
const HEADING_2 = /^（[一二三四五六七八九十]{1,3}）/;

/** One body paragraph; a line opening with 一、 is a 黑体 heading, with （一） a 楷体 one (GB/T 9704 7.3.3). */
export function bodyParagraph(line: string): PdfNode {
  const style = HEADING_1.test(line) ? 'heading1' : HEADING_2.test(line) ? 'heading2' : 'body';
  return { text: line, style };
}

/** GB/T 9704 7.2: 28 characters a line; a body paragraph's first line is indented by two. */
const LINE_CHARS = 28;
const INDENT_CHARS = 2;
/**
 * A paragraph of up to this many lines moves to the next page whole rather than leave its first
 * line alone at the foot of a page or carry its last line alone overleaf (no orphans or widows).
 */
const KEEP_WHOLE_LINES = 4;

function lineCount(p: PdfNode): number {
  return Math.ceil(([...String(p.text ?? '')].length + INDENT_CHARS) / LINE_CHARS);
}

/**
 * Every non-blank line of `text` as a paragraph; a heading is kept on one page with the paragraph
 * after it, so no page ends with a heading whose text starts overleaf, and a short paragraph is
 * never split across pages.
 */
export function bodyParagraphs(text: string | undefined): PdfNode[] {
  const paragraphs = paragraphsOf(text).map(bodyParagraph);
  const kept: PdfNode[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1];
    if (p.style !== 'body' && next) {
      kept.push({ stack: [p, next], unbreakable: true });
      i++;
    } else if (lineCount(p) <= KEEP_WHOLE_LINES) {
      kept.push({ stack: [p], unbreakable: true });
    } else {
      kept.push(p);
    }
  }
  return kept;
}

/** GB/T 9704 7.3.5.1: the seal's top sits within a line of the text, so two empty lines leave it room. */
const SEAL_GAP_LINES = 2;

/**
 * 落款 with a seal: the date (2026年11月24日) four characters in from the right edge, the bureau's
 * name centred above it, and room above for the round seal that covers both. `keepWith` (the last
 * paragraph) goes on the same page, so the signature never stands alone on a page.
 */
export function signatureBlock(
  measure: TextMeasure,
  page: PageGeometry,
  bureauName: string,
  dateIso: string,
  keepWith: PdfNode[] = [],
): PdfNode {
  const date = chineseDate(dateIso);
  const dateRight = page.textWidth - 4 * BODY_CHAR_PITCH;
  const centre = dateRight - measure.textWidth('fangsong', date, BODY_FONT_SIZE) / 2;
  const nameWidth = measure.textWidth('fangsong', bureauName, BODY_FONT_SIZE);
  const left = Math.max(0, Math.min(centre - nameWidth / 2, page.textWidth - nameWidth - 1));
  return {
    unbreakable: true,
    stack: [
      ...keepWith,
      { text: bureauName, style: 'flush', margin: [left, SEAL_GAP_LINES * BODY_LINE_PITCH, 0, 0] },
      { text: date, style: 'flush', alignment: 'right', margin: [0, 0, page.textWidth - dateRight, 0] },
    ],
  };
}

/** Lines to sign on: "操作人（签字）：______", two to a row. */
export function signatureLines(labels: string[]): PdfNode {
  const rows: PdfNode[][] = [];
  for (let i = 0; i < labels.length; i += 2) {
    const pair = labels.slice(i, i + 2);
    const row: PdfNode[] = pair.flatMap((label) => [
      { text: label, style: 'flush', border: [false, false, false, false] },
      { text: ' ', style: 'flush', border: [false, false, false, true] },
    ]);
    while (row.length < 4) row.push({ text: '', border: [false, false, false, false] });
    rows.push(row);
  }
  return {
    table: { widths: ['auto', '*', 'auto', '*'], body: rows },
    layout: {
      hLineWidth: () => 0.75,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 6,
      paddingTop: () => 6,
      paddingBottom: () => 0,
    },
    margin: [0, BODY_LINE_PITCH, 0, 0],
    unbreakable: true,
  };
}

/** A column of a ruled table: its outer width in mm (rules and padding included). */
export interface RuledColumn {
  widthMm: number;
}

/** pdfmake's widths for columns adding up to the text block; the closing rule comes off the widest. */
export function ruledWidths(columns: readonly RuledColumn[]): number[] {
  const widest = columns.reduce((w, c, i) => (c.widthMm > columns[w]!.widthMm ? i : w), 0);
  return columns.map((c, i) => mm(c.widthMm) - 2 * TABLE_PADDING.x - TABLE_RULE_WIDTH - (i === widest ? TABLE_RULE_WIDTH : 0));
}

/** A ruled table of label | value rows (a form's facts), rows never split across pages. */
export function factsTable(rows: [label: string, value: PdfContent][], widthsMm: [number, number]): PdfNode {
  return {
    table: {
      widths: ruledWidths(widthsMm.map((widthMm) => ({ widthMm }))),
      dontBreakRows: true,
      body: rows.map(([label, value]) => [
        { text: label, style: 'tableLabel' },
        typeof value === 'string' ? { text: value, style: 'tableCell' } : { stack: [value], style: 'tableCell' },
      ]),
    },
    layout: RULED_TABLE_LAYOUT,
  };
}
