import type { FontRole } from './fonts.ts';
import type { Margins, PdfContent, PdfDocDefinition } from './pdf-types.ts';

/** Points in one millimetre (PDF measures in points, 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

/** Millimetres → points. */
export function mm(millimetres: number): number {
  return millimetres * PT_PER_MM;
}

/** Points → millimetres. */
export function ptToMm(points: number): number {
  return points / PT_PER_MM;
}

/** GB/T 9704-2012 党政机关公文格式, the numbers every document here follows (mm unless named). */
export const GB9704 = {
  pageWidth: 210,
  pageHeight: 297,
  marginTop: 37,
  marginBottom: 35,
  marginLeft: 28,
  marginRight: 26,
  textWidth: 156,
  textHeight: 225,
  linesPerPage: 22,
  charsPerLine: 28,
  /** The page number's 一字线 sits 7 mm below the text block. */
  pageNumberGap: 7,
  /** 3号, 2号, 4号 in points. */
  bodySizePt: 16,
  titleSizePt: 22,
  pageNumberSizePt: 14,
} as const;

/** A page and its text block, in points. */
export interface PageGeometry {
  orientation: 'portrait' | 'landscape';
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
  textWidth: number;
  textHeight: number;
}

function geometry(orientation: PageGeometry['orientation'], m: PageGeometry['margins']): PageGeometry {
  const [width, height] =
    orientation === 'portrait' ? [mm(GB9704.pageWidth), mm(GB9704.pageHeight)] : [mm(GB9704.pageHeight), mm(GB9704.pageWidth)];
  return { orientation, width, height, margins: m, textWidth: width - m.left - m.right, textHeight: height - m.top - m.bottom };
}

/** The A4 portrait page of GB/T 9704: text block 156 × 225 mm. */
export const PORTRAIT: PageGeometry = geometry('portrait', {
  top: mm(GB9704.marginTop),
  right: mm(GB9704.marginRight),
  bottom: mm(GB9704.marginBottom),
  left: mm(GB9704.marginLeft),
});

// The portrait page turned a quarter clockwise, as a wide table is printed in a 公文: the binding
// edge (28 mm) becomes the top, and the text block stays 156 × 225 mm, now lying on its side.
/** A4 landscape for wide tables: text block 225 × 156 mm. */
export const LANDSCAPE: PageGeometry = geometry('landscape', {
  top: mm(GB9704.marginLeft),
  right: mm(GB9704.marginTop),
  bottom: mm(GB9704.marginRight),
  left: mm(GB9704.marginBottom),
});

/** Horizontal distance between character origins on the body grid (28 a line): ≈ 15.79 pt. */
export const BODY_CHAR_PITCH = mm(GB9704.textWidth) / GB9704.charsPerLine;
/** Vertical distance between body lines (22 a page): ≈ 28.99 pt. */
export const BODY_LINE_PITCH = mm(GB9704.textHeight) / GB9704.linesPerPage;

/** "— 1 —": the page number between two 一字线 (GB/T 9704 7.5). */
export function formatPageNumber(page: number): string {
  return `— ${page} —`;
}

/**
 * Where page numbers go: 'outer' follows GB/T 9704 for duplex printing (odd pages right, even pages
 * left, one character in from the text block's edge); 'center' suits a table printed one-sided.
 */
export type PageNumberPlacement = 'outer' | 'center';

/** The page number of one page, 7 mm below the text block. */
export function pageNumberNode(page: PageGeometry, placement: PageNumberPlacement, pageNumber: number): PdfContent {
  const inset = GB9704.pageNumberSizePt;
  const odd = pageNumber % 2 === 1;
  const alignment = placement === 'center' ? 'center' : odd ? 'right' : 'left';
  const left = page.margins.left + (placement === 'outer' && !odd ? inset : 0);
  const right = page.margins.right + (placement === 'outer' && odd ? inset : 0);
  return {
    text: formatPageNumber(pageNumber),
    style: 'pageNumber',
    // One run, so the spaces inside "— 1 —" are drawn (and found by text search) as typed.
    noWrap: true,
    alignment,
    margin: [left, mm(GB9704.pageNumberGap), right, 0],
  };
}

/** The footer pdfmake calls for every page: the page number 7 mm below the text block. */
export function pageNumberFooter(page: PageGeometry, placement: PageNumberPlacement): PdfDocDefinition['footer'] {
  return (currentPage) => pageNumberNode(page, placement, currentPage);
}

/**
 * Footers for a PDF holding many documents (one pdfmake section each, e.g. 500 notices printed
 * together): each document's pages are numbered from "— 1 —". pdfmake adds footers after laying
 * out the content, page by page from page 1, so a section's footer learns its first page from its
 * first call; a new layout pass starts again at page 1 and forgets what the last pass learnt.
 */
export function restartingPageNumbers(page: PageGeometry, placement: PageNumberPlacement): (section: number) => PdfDocDefinition['footer'] {
  const firstPages = new Map<number, number>();
  return (section) => (currentPage) => {
    if (currentPage === 1) firstPages.clear();
    const first = firstPages.get(section) ?? currentPage;
    firstPages.set(section, first);
    return pageNumberNode(page, placement, currentPage - first + 1);
  };
}

/** Page size, margins and page numbers of a document on `page`, ready to spread into a definition. */
export function pageSetup(
  page: PageGeometry,
  placement: PageNumberPlacement = page.orientation === 'portrait' ? 'outer' : 'center',
): Pick<PdfDocDefinition, 'pageSize' | 'pageOrientation' | 'pageMargins' | 'footer'> {
  const m = page.margins;
  const margins: Margins = [m.left, m.top, m.right, m.bottom];
  return { pageSize: 'A4', pageOrientation: page.orientation, pageMargins: margins, footer: pageNumberFooter(page, placement) };
}

/** What the styles need to know about the fonts: how tall pdfmake makes a line of each. */
export interface LineMetrics {
  naturalLineHeight(role: FontRole, fontSize: number): number;
}

/**
 * pdfmake's lineHeight is a multiple of the font's own line height, which differs a lot between
 * fonts (SimSun ≈ 1.0 em, Noto Serif SC ≈ 1.44 em); this gives the multiple for a pitch in points.
 */
export function lineHeightFor(metrics: LineMetrics, role: FontRole, fontSize: number, pitch: number): number {
  return pitch / metrics.naturalLineHeight(role, fontSize);
}
