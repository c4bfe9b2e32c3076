import { execFileSync } from 'node:child_process';

/**
 * What poppler-utils reads out of a PDF: the same tools a clerk's colleague would use to check
 * that text is searchable and fonts are embedded.
 */

/** The text of a PDF (or of pages `first`..`last`, or of a rectangle in points), as pdftotext extracts it. */
export function pdfText(
  file: string,
  pages: {
    first?: number;
    last?: number;
    layout?: boolean;
    raw?: boolean;
    crop?: { x: number; y: number; width: number; height: number };
  } = {},
): string {
  const args = [];
  // -raw keeps the order the text was drawn in: a table row cell by cell, each cell whole.
  if (pages.raw) args.push('-raw');
  if (pages.first) args.push('-f', String(pages.first));
  if (pages.last) args.push('-l', String(pages.last));
  if (pages.layout) args.push('-layout');
  // At pdftotext's default 72 dpi, crop pixels are PDF points.
  const c = pages.crop;
  if (c)
    args.push(
      '-x',
      String(Math.round(c.x)),
      '-y',
      String(Math.round(c.y)),
      '-W',
      String(Math.round(c.width)),
      '-H',
      String(Math.round(c.height)),
    );
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

/** Text with all whitespace removed: table cells wrap lines wherever the column ends. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A document's text in the order it was drawn (tables row by row), without whitespace and without
 * its page numbers “— N —”, to read across pages.
 */
export function readingText(file: string): string {
  return squeeze(pdfText(file, { raw: true })).replace(/—\d+—/g, '');
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table: one row per font the PDF uses. */
export function pdfFonts(file: string): PdfFontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id.
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
    if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
  });
}

/** pdfinfo's fields ("Pages", "Page size", "Title" …). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((line) => {
        const i = line.indexOf(':');
        return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
      }),
  );
}

/** One word as `pdftotext -bbox` places it, in points from the page's top left. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of every page with its box: to check where text sits on the page. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, text: unescapeXml(m[5]!), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}

function unescapeXml(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp);/g, (_m, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);
}
