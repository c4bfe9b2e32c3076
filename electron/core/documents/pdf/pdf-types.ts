/**
 * The part of pdfmake's document vocabulary our documents use (pdfmake ships no types).
 * Nodes stay open (`[key: string]: unknown`) so any pdfmake property can be passed through.
 */

export type Margins = [left: number, top: number, right: number, bottom: number];

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface PdfStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  /** A multiple of the font's own line height (pdfmake's meaning). */
  lineHeight?: number;
  characterSpacing?: number;
  alignment?: Alignment;
  margin?: Margins;
  color?: string;
  /** Indent of the first line of a paragraph, in points. */
  leadingIndent?: number;
}

export interface PdfNode extends PdfStyle {
  text?: PdfContent;
  stack?: PdfContent[];
  table?: PdfTable;
  layout?: PdfTableLayout | string;
  style?: string | string[];
  id?: string;
  pageBreak?: 'before' | 'after';
  [key: string]: unknown;
}

export type PdfContent = string | PdfNode | PdfContent[];

export interface PdfTable {
  body: PdfNode[][];
  widths?: (number | '*' | 'auto')[];
  headerRows?: number;
  dontBreakRows?: boolean;
}

/** pdfmake's table layout callbacks: `i` is a line or row index, `node` the table node. */
export interface PdfTableLayout {
  hLineWidth?: (i: number, node: { table: PdfTable }) => number;
  vLineWidth?: (i: number, node: { table: PdfTable }) => number;
  hLineColor?: (i: number) => string;
  vLineColor?: (i: number) => string;
  paddingLeft?: (i: number) => number;
  paddingRight?: (i: number) => number;
  paddingTop?: (i: number) => number;
  paddingBottom?: (i: number) => number;
}

/** What pdfmake tells `pageBreakBefore` about a laid-out node. */
export interface PdfNodeInfo {
  id?: string;
  pageBreak?: string;
  pageNumbers: number[];
  startPosition: { pageNumber: number; top: number; left: number };
}

export interface PdfPageBreakHelpers {
  getFollowingNodesOnPage(): PdfNodeInfo[];
  getNodesOnNextPage(): PdfNodeInfo[];
  getPreviousNodesOnPage(): PdfNodeInfo[];
}

export type PdfPageBreakBefore = (node: PdfNodeInfo, helpers: PdfPageBreakHelpers) => boolean;

export interface PdfPageSize {
  width: number;
  /** 'auto' lays everything out on one page as tall as the content (used to measure). */
  height: number | 'auto';
}

export interface PdfDocDefinition {
  content: PdfContent;
  pageSize?: 'A4' | PdfPageSize;
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: Margins;
  styles?: Record<string, PdfStyle>;
  defaultStyle?: PdfStyle;
  footer?: (currentPage: number, pageCount: number) => PdfContent;
  pageBreakBefore?: PdfPageBreakBefore;
  info?: { title?: string; author?: string; subject?: string; creator?: string };
  language?: string;
  /** Text across every page (作废, 样张). */
  watermark?: { text: string; font?: string; opacity?: number; bold?: boolean };
}
