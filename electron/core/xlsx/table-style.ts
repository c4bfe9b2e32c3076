import type ExcelJS from 'exceljs';

/** The look every exported table shares, in-memory or streamed: fonts, borders, A4 printing. */
export const BODY_FONT = { name: '宋体', size: 10 } as const;
export const HEADER_FONT = { name: '黑体', size: 11, bold: true } as const;
export const TITLE_FONT = { name: '黑体', size: 16, bold: true } as const;
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel's paper code for A4. */
const PAPER_A4 = 9;

export const PAGE_FOOTER = '&C第 &P 页，共 &N 页';

/** A4, fitted to the page width, the header row repeated on every printed page. */
export function printSetup(headerRow: number, landscape: boolean): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: PAPER_A4,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
