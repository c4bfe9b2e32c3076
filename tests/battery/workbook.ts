import ExcelJS from 'exceljs';
import { writeZip, type ZipEntry } from './zip.ts';

/**
 * Hand-made .xlsx files: every cell as we want it (error values, formulas with cached errors,
 * cells without r=, hidden sheets, namespace prefixes), written with our own zip writer.
 */

export type Cell = string | number | null | { error: string; formula?: string } | { formula: string; cached?: string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  state?: 'hidden' | 'veryHidden';
  /** Leave out r= on rows and cells. */
  noRefs?: boolean;
  /** Write the sheet with an x: namespace prefix, as the OpenXML SDK does. */
  prefixed?: boolean;
  /** Strings as shared strings (default) or inline strings. */
  inline?: boolean;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

export function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function buildXlsx(sheets: SheetSpec[], extra: ZipEntry[] = []): Buffer {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sst = (s: string) => {
    let i = sharedIndex.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      sharedIndex.set(s, i);
    }
    return i;
  };
  const sheetXml = sheets.map((sheet) => {
    const p = sheet.prefixed ? 'x:' : '';
    const rows = sheet.rows.map((cells, r) => {
      const cellXml = cells
        .map((cell, c) => {
          if (cell === null) return '';
          const ref = sheet.noRefs ? '' : ` r="${colName(c)}${r + 1}"`;
          if (typeof cell === 'number') return `<${p}c${ref}><${p}v>${cell}</${p}v></${p}c>`;
          if (typeof cell === 'string') {
            if (sheet.inline) return `<${p}c${ref} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(cell)}</${p}t></${p}is></${p}c>`;
            return `<${p}c${ref} t="s"><${p}v>${sst(cell)}</${p}v></${p}c>`;
          }
          if ('error' in cell) {
            const f = cell.formula ? `<${p}f>${esc(cell.formula)}</${p}f>` : '';
            return `<${p}c${ref} t="e">${f}<${p}v>${esc(cell.error)}</${p}v></${p}c>`;
          }
          const v = cell.cached === undefined ? '' : `<${p}v>${esc(cell.cached)}</${p}v>`;
          return `<${p}c${ref} t="str"><${p}f>${esc(cell.formula)}</${p}f>${v}</${p}c>`;
        })
        .join('');
      return `<${p}row${sheet.noRefs ? '' : ` r="${r + 1}"`}>${cellXml}</${p}row>`;
    });
    const ns = sheet.prefixed ? `xmlns:x="${NS}"` : `xmlns="${NS}"`;
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL_NS}">` +
      `<${p}sheetData>${rows.join('')}</${p}sheetData></${p}worksheet>`
    );
  });
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: contentTypes(sheets.length) },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(sheets) },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(sheets.length) },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheetXml.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
    { name: 'xl/sharedStrings.xml', data: sharedStringsXml(shared) },
    ...extra,
  ];
  return writeZip(entries);
}

export function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    `${sheets}</Types>`
  );
}

export const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"' +
  ' Target="xl/workbook.xml"/></Relationships>';

export function workbookXml(sheets: { name: string; state?: string }[]): string {
  const list = sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${list}</sheets></workbook>`;
}

export function workbookRels(sheetCount: number): string {
  const rels = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `${rels}<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

export function sharedStringsXml(strings: string[]): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

export const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

/** A roster as an ordinary program writes it (exceljs: shared strings, styles, docProps). */
export async function exceljsWorkbook(sheetName: string, rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '大同县市场监管局';
  const ws = wb.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A large roster, streamed to disk (exceljs's streaming writer), for long imports. */
export async function writeLargeRoster(file: string, header: string[], rows: Iterable<string[]>): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('名录');
  ws.addRow(header).commit();
  for (const row of rows) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
}

// ---------------------------------------------------------------------------------------------
// Reading what the product wrote (exports), enough to see formulas, strings and quotePrefix.

export interface ReadCell {
  ref: string;
  sheet: string;
  text: string;
  formula: string | null;
  type: string;
  quotePrefix: boolean;
}

const unescapeXml = (s: string) =>
  s
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const textOf = (xml: string) =>
  [...xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');

/** Every non-empty cell of every sheet of an .xlsx, by a tolerant regex reading. */
export async function readXlsxCells(data: Buffer): Promise<ReadCell[]> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(data);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const sst = [...(await read('xl/sharedStrings.xml')).matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => textOf(m[1] ?? ''));
  const styles = await read('xl/styles.xml');
  const cellXfs = /<(?:\w+:)?cellXfs[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  const xfQuote = [...cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)].map((m) => /quotePrefix="(1|true)"/.test(m[1] ?? ''));
  const cells: ReadCell[] = [];
  const sheetNames = Object.keys(zip.files)
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
    .sort();
  for (const sheet of sheetNames) {
    const xml = await read(sheet);
    for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = m[1] ?? '';
      const body = m[2] ?? '';
      const type = /\bt="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
      const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? '0');
      const f = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(body);
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let text = '';
      if (type === 's') text = sst[Number(v)] ?? '';
      else if (type === 'inlineStr') text = textOf(body);
      else text = v === undefined ? '' : unescapeXml(v);
      if (!text && !f) continue;
      cells.push({
        ref: /\br="([^"]*)"/.exec(attrs)?.[1] ?? '?',
        sheet,
        text,
        formula: f ? unescapeXml(f[1] ?? '') : null,
        type,
        quotePrefix: xfQuote[style] ?? false,
      });
    }
  }
  return cells;
}
