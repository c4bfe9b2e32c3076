import { BODY_CHAR_PITCH, BODY_LINE_PITCH, GB9704, lineHeightFor, type LineMetrics } from './page-layout.ts';
import type { PdfStyle, PdfTableLayout } from './pdf-types.ts';

// pdfmake measures Chinese text one character at a time and leaves characterSpacing out of the
// width of a one-character word, so negative spacing cannot squeeze 28 characters of 16 pt into a
// 156 mm line (only 27 fit). Setting the type at the grid pitch (15.79 pt, 1.3 % under 3号) does,
// which is what Word's 文档网格 achieves by compressing the pitch.
/** Body text size: 3号 fitted to 28 characters a line. */
export const BODY_FONT_SIZE = BODY_CHAR_PITCH;

/** Table text: 五号; a table is not body text and may be smaller. */
export const TABLE_FONT_SIZE = 10.5;
export const TABLE_LINE_PITCH = 15;

/** Cell padding of ruled tables, in points. */
export const TABLE_PADDING = { x: 4, y: 4 } as const;
export const TABLE_RULE_WIDTH = 0.75;

/**
 * The named styles every document shares (`style: 'body'` etc.): title 2号 小标宋 centred; body 3号
 * 仿宋 on the 22 × 28 grid with a two-character indent; headings 一、 黑体 and （一） 楷体 on the same
 * grid; `flush` the same without indent; page numbers 4号 宋体; table header and form labels 黑体
 * and cells 宋体 at 五号.
 */
export function documentStyles(metrics: LineMetrics): Record<string, PdfStyle> {
  const onGrid = (role: 'fangsong' | 'heiti' | 'kaiti'): PdfStyle => ({
    font: role,
    fontSize: BODY_FONT_SIZE,
    lineHeight: lineHeightFor(metrics, role, BODY_FONT_SIZE, BODY_LINE_PITCH),
    leadingIndent: 2 * BODY_CHAR_PITCH,
    alignment: 'justify',
  });
  const table = (role: 'heiti' | 'songti'): PdfStyle => ({
    font: role,
    fontSize: TABLE_FONT_SIZE,
    lineHeight: lineHeightFor(metrics, role, TABLE_FONT_SIZE, TABLE_LINE_PITCH),
  });
  return {
    title: {
      font: 'xiaobiaosong',
      fontSize: GB9704.titleSizePt,
      lineHeight: lineHeightFor(metrics, 'xiaobiaosong', GB9704.titleSizePt, BODY_LINE_PITCH * 1.25),
      alignment: 'center',
    },
    body: onGrid('fangsong'),
    heading1: onGrid('heiti'),
    heading2: onGrid('kaiti'),
    // 主送机关, 文号 and 落款 sit on the grid too, but flush left (顶格) or placed by margins.
    flush: { ...onGrid('fangsong'), leadingIndent: 0, alignment: 'left' },
    pageNumber: { font: 'songti', fontSize: GB9704.pageNumberSizePt, lineHeight: 1 },
    tableHeader: { ...table('heiti'), alignment: 'center' },
    tableCell: table('songti'),
    tableLabel: { ...table('heiti'), alignment: 'center' },
  };
}

/** Thin black rules on every cell edge, the usual ruled table of a 公文 attachment. */
export const RULED_TABLE_LAYOUT: PdfTableLayout = {
  hLineWidth: () => TABLE_RULE_WIDTH,
  vLineWidth: () => TABLE_RULE_WIDTH,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => TABLE_PADDING.x,
  paddingRight: () => TABLE_PADDING.x,
  paddingTop: () => TABLE_PADDING.y,
  paddingBottom: () => TABLE_PADDING.y,
};
