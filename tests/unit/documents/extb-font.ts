import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';

/**
 * A stand-in for Windows' 宋体-ExtB (simsunb.ttf) on a machine without it: a real TrueType file
 * whose cmap maps CJK Extension B code points to outlines borrowed from Noto Serif SC (U+20000 is
 * drawn as 丁, U+20001 as 七 …). It lets the 宋体-ExtB branch of the fallback chain run anywhere;
 * what it proves is that the character reaches the PDF drawn from the font that has it.
 */

interface Face {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number }> };
  loca: { offsets: number[] };
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number; _getMetrics(): { leftBearing: number } };
}

const NOTO_SERIF = chooseDocumentFonts([]).fangsong.normal.file;
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(file: string): Face };

/** Writes `simsunb.ttf` into `dir`: each key of `glyphs` (a Plane 2 character) drawn as its value. */
export function writeExtensionBStandIn(dir: string, glyphs: Record<string, string>): string {
  const face = fontkit.openSync(NOTO_SERIF);
  const table = (tag: string) =>
    face.stream.buffer.subarray(
      face.directory.tables[tag]!.offset,
      face.directory.tables[tag]!.offset + face.directory.tables[tag]!.length,
    );
  const pairs = Object.entries(glyphs).map(
    ([target, source]) => [target.codePointAt(0)!, face.glyphForCodePoint(source.codePointAt(0)!)] as const,
  );
  const glyf = table('glyf');
  const outlines = [new Uint8Array(0), ...pairs.map(([, g]) => glyf.subarray(face.loca.offsets[g.id]!, face.loca.offsets[g.id + 1]!))];
  for (const o of outlines.slice(1))
    if (new DataView(o.buffer, o.byteOffset).getInt16(0) < 0) throw new Error('borrowed glyph is composite');
  const count = outlines.length;
  const loca = new DataView(new ArrayBuffer(4 * (count + 1)));
  const hmtx = new DataView(new ArrayBuffer(4 * count));
  let at = 0;
  outlines.forEach((o, i) => {
    loca.setUint32(4 * i, at);
    at += o.length;
    const g = i === 0 ? null : pairs[i - 1]![1];
    hmtx.setUint16(4 * i, g ? Math.round(g.advanceWidth) : 1000);
    hmtx.setInt16(4 * i + 2, g ? Math.round(g._getMetrics().leftBearing) : 0);
  });
  loca.setUint32(4 * count, at);
  const head = Uint8Array.from(table('head'));
  new DataView(head.buffer).setUint16(50, 1);
  const tables: [string, Uint8Array][] = [
    ['OS/2', table('OS/2')],
    ['cmap', cmap12(pairs.map(([cp], i) => [cp, i + 1]))],
    ['glyf', concat(outlines)],
    ['head', head],
    ['hhea', withUint16(table('hhea'), 34, count)],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['loca', new Uint8Array(loca.buffer)],
    ['maxp', withUint16(table('maxp'), 4, count)],
    ['name', nameTable('SimSun-ExtB-StandIn')],
    ['post', post3()],
  ];
  const file = path.join(dir, 'simsunb.ttf');
  fs.writeFileSync(file, assemble(tables));
  return file;
}

function withUint16(bytes: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  new DataView(copy.buffer).setUint16(offset, value);
  return copy;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

/** A cmap with one format 12 subtable (Windows, UCS-4): what fontkit reads for characters past U+FFFF. */
function cmap12(map: (readonly [number, number])[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(12 + 16 + 12 * map.length));
  v.setUint16(2, 1); // one encoding record
  v.setUint16(4, 3);
  v.setUint16(6, 10);
  v.setUint32(8, 12);
  v.setUint16(12, 12);
  v.setUint32(16, 16 + 12 * map.length);
  v.setUint32(24, map.length);
  map.forEach(([cp, gid], i) => {
    v.setUint32(28 + 12 * i, cp);
    v.setUint32(32 + 12 * i, cp);
    v.setUint32(36 + 12 * i, gid);
  });
  return new Uint8Array(v.buffer);
}

function nameTable(postscriptName: string): Uint8Array {
  const text = Buffer.from(postscriptName, 'utf16le').swap16();
  const v = new DataView(new ArrayBuffer(6 + 12 + text.length));
  v.setUint16(2, 1);
  v.setUint16(4, 18);
  v.setUint16(6, 3);
  v.setUint16(8, 1);
  v.setUint16(10, 0x409);
  v.setUint16(12, 6);
  v.setUint16(14, text.length);
  const out = new Uint8Array(v.buffer);
  out.set(text, 18);
  return out;
}

function post3(): Uint8Array {
  const v = new DataView(new ArrayBuffer(32));
  v.setUint32(0, 0x00030000);
  return new Uint8Array(v.buffer);
}

function assemble(tables: [string, Uint8Array][]): Uint8Array {
  const n = tables.length;
  const log2 = Math.floor(Math.log2(n));
  const size = tables.reduce((at, [, t]) => at + Math.ceil(t.length / 4) * 4, 12 + 16 * n);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, 16 * 2 ** log2);
  v.setUint16(8, log2);
  v.setUint16(10, 16 * n - 16 * 2 ** log2);
  let at = 12 + 16 * n;
  tables.forEach(([tag, bytes], i) => {
    for (let c = 0; c < 4; c++) v.setUint8(12 + 16 * i + c, tag.charCodeAt(c));
    v.setUint32(12 + 16 * i + 8, at);
    v.setUint32(12 + 16 * i + 12, bytes.length);
    out.set(bytes, at);
    at += Math.ceil(bytes.length / 4) * 4;
  });
  return out;
}
