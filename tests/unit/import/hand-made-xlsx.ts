import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Workbooks written byte by byte, as other systems (and damaged copies) make them: error cells,
 * cached formula errors, rows and cells without r=, hidden sheets, archives that lie about their
 * sizes or hold a bad CRC. exceljs cannot write most of these, so the XML and the zip are made here.
 */

export type HandCell = string | number | null | { error: string; formula?: string };

export interface HandSheet {
  name: string;
  rows: HandCell[][];
  state?: 'hidden' | 'veryHidden';
  /** Leave out r= on every row and cell. */
  noRefs?: boolean;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function sheetXml(sheet: Pick<HandSheet, 'rows' | 'noRefs'>): string {
  const rows = sheet.rows.map((cells, r) => {
    const xml = cells
      .map((cell, c) => {
        if (cell === null) return '';
        const ref = sheet.noRefs ? '' : ` r="${columnName(c)}${r + 1}"`;
        if (typeof cell === 'number') return `<c${ref}><v>${cell}</v></c>`;
        if (typeof cell === 'string') return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${esc(cell)}</t></is></c>`;
        const formula = cell.formula ? `<f>${esc(cell.formula)}</f>` : '';
        return `<c${ref} t="e">${formula}<v>${esc(cell.error)}</v></c>`;
      })
      .join('');
    return `<row${sheet.noRefs ? '' : ` r="${r + 1}"`}>${xml}</row>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

/** The parts every workbook needs around its sheets' XML. */
export function workbookEntries(sheets: { name: string; state?: string; xml: string | Buffer }[]): RawEntry[] {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml"' +
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `${overrides}</Types>`,
    },
    {
      name: '_rels/.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        '</Relationships>',
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ];
}

export function handMadeXlsx(file: string, sheets: HandSheet[]): string {
  fs.writeFileSync(
    file,
    rawZip(workbookEntries(sheets.map((s) => ({ name: s.name, ...(s.state ? { state: s.state } : {}), xml: sheetXml(s) })))),
  );
  return file;
}

export interface RawEntry {
  name: string;
  data?: string | Buffer;
  /** Ready-made deflate data (a bomb), with the CRC and size of what it inflates to. */
  deflated?: { compressed: Buffer; crc: number; size: number };
  /** Written as the uncompressed size in both headers instead of the real one. */
  declaredSize?: number;
  stored?: boolean;
}

/** A zip written byte by byte: the sizes and CRCs are whatever the entries say. */
export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const plain = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '', 'utf8');
    const d = e.deflated ?? { compressed: e.stored ? plain : zlib.deflateRawSync(plain), crc: zlib.crc32(plain), size: plain.length };
    const method = e.stored ? 0 : 8;
    const size = e.declaredSize ?? d.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(d.crc >>> 0, 14);
    local.writeUInt32LE(d.compressed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(d.crc >>> 0, 16);
    central.writeUInt32LE(d.compressed.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, d.compressed);
    directory.push(central, name);
    offset += 30 + name.length + d.compressed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

/**
 * Deflate data of `unit` repeated `times`, without ever holding the whole: the unit is compressed
 * once with a full flush (no references across copies), so its bytes can simply be repeated.
 */
export function deflateRepeated(
  head: string,
  unit: string,
  times: number,
  tail: string,
): { compressed: Buffer; crc: number; size: number } {
  const pieces: Buffer[] = [];
  let crc = 0;
  let size = 0;
  const add = (text: string, repeat: number) => {
    const buf = Buffer.from(text, 'utf8');
    const compressed = zlib.deflateRawSync(buf, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
    for (let i = 0; i < repeat; i++) {
      pieces.push(compressed);
      crc = zlib.crc32(buf, crc);
      size += buf.length;
    }
  };
  add(head, 1);
  add(unit, times);
  add(tail, 1);
  pieces.push(Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]));
  return { compressed: Buffer.concat(pieces), crc, size };
}

/** Where an entry's compressed data and its central directory record lie in a well-formed zip. */
export function entrySpan(zip: Buffer, entryName: string): { dataStart: number; dataEnd: number; centralAt: number; localAt: number } {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const localAt = zip.readUInt32LE(p + 42);
    if (name === entryName) {
      const dataStart = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
      return { dataStart, dataEnd: dataStart + zip.readUInt32LE(p + 20), centralAt: p, localAt };
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`no entry ${entryName}`);
}

/** The same zip with the CRC of one entry changed in both headers: its data no longer matches it. */
export function withWrongCrc(zip: Buffer, entryName: string): Buffer {
  const out = Buffer.from(zip);
  const { centralAt, localAt } = entrySpan(out, entryName);
  const wrong = (out.readUInt32LE(centralAt + 16) ^ 0x5a5a5a5a) >>> 0;
  out.writeUInt32LE(wrong, centralAt + 16);
  out.writeUInt32LE(wrong, localAt + 14);
  return out;
}
