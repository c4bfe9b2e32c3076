/**
 * Writes the TrueType font file of a subset, as fontkit's TTFSubset.encode does, but directly into
 * one buffer: fontkit's generic table encoder costs about 3 ms per subset, and a batch writes a
 * subset of every font into each of 500 notices. Only plain TrueType faces (glyf outlines, no
 * variations) come here; anything else keeps fontkit's encoder.
 */

/** The parts of a fontkit face this reads (all decoded once per face and cached by fontkit). */
export interface TrueTypeFace {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(id: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } };
}

/** The subset as pdfkit builds it: original glyph ids in new-id order, .notdef first. */
export interface GlyphSubset {
  glyphs: number[];
  includeGlyph(id: number): number;
}

/** Whether `face` has glyf outlines and no variations: what `encodeTrueTypeSubset` writes. */
export function isPlainTrueType(face: TrueTypeFace): boolean {
  const t = face.directory.tables;
  return !!(t.glyf && t.loca && t.head && t.hhea && t.maxp && t.hmtx) && !face._variationProcessor && !!face.loca?.offsets;
}

const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

/** A composite glyph's bytes with its component ids renumbered into the subset (adding them). */
function renumberComponents(bytes: Uint8Array, subset: GlyphSubset): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const view = new DataView(copy.buffer);
  let pos = 10;
  for (let more = true; more;) {
    const flags = view.getUint16(pos);
    view.setUint16(pos + 2, subset.includeGlyph(view.getUint16(pos + 2)));
    pos += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2) + (flags & HAVE_SCALE ? 2 : flags & HAVE_XY_SCALE ? 4 : flags & HAVE_2X2 ? 8 : 0);
    more = (flags & MORE_COMPONENTS) !== 0;
  }
  return copy;
}

function tableBytes(face: TrueTypeFace, tag: string): Uint8Array | null {
  const t = face.directory.tables[tag];
  return t ? face.stream.buffer.subarray(t.offset, t.offset + t.length) : null;
}

// Advance and left side bearing by glyph, per face: fontkit computes them through glyph objects.
const metricsOf = new WeakMap<TrueTypeFace, Map<number, [number, number]>>();

function horizontalMetrics(face: TrueTypeFace, gid: number): [number, number] {
  let known = metricsOf.get(face);
  if (!known) metricsOf.set(face, (known = new Map()));
  let m = known.get(gid);
  if (!m) {
    const glyph = face.getGlyph(gid);
    known.set(gid, (m = [Math.round(glyph.advanceWidth), Math.round(glyph._getMetrics().leftBearing)]));
  }
  return m;
}

/** The glyf, loca (long) and hmtx tables of the subset; the subset grows by any composite's parts. */
function glyphTables(face: TrueTypeFace, subset: GlyphSubset): { glyf: Uint8Array; loca: Uint8Array; hmtx: Uint8Array } {
  const glyf = tableBytes(face, 'glyf')!;
  const offsets = face.loca.offsets;
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < subset.glyphs.length; i++) {
    const gid = subset.glyphs[i]!;
    let bytes = glyf.subarray(offsets[gid]!, offsets[gid + 1]!);
    if (bytes.length >= 10 && new DataView(bytes.buffer, bytes.byteOffset).getInt16(0) < 0) bytes = renumberComponents(bytes, subset);
    pieces.push(bytes);
  }
  const count = pieces.length;
  const loca = new DataView(new ArrayBuffer(4 * (count + 1)));
  const hmtx = new DataView(new ArrayBuffer(4 * count));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  pieces.forEach((p, i) => {
    loca.setUint32(4 * i, at);
    out.set(p, at);
    at += p.length;
    const [advance, bearing] = horizontalMetrics(face, subset.glyphs[i]!);
    hmtx.setUint16(4 * i, advance);
    hmtx.setInt16(4 * i + 2, bearing);
  });
  loca.setUint32(4 * count, at);
  return { glyf: out, loca: new Uint8Array(loca.buffer), hmtx: new Uint8Array(hmtx.buffer) };
}

function withUint16(table: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = Uint8Array.from(table);
  new DataView(copy.buffer).setUint16(offset, value);
  return copy;
}

/** The OpenType table checksum: the sum of big-endian 32-bit words, the last one padded with zeros. */
function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length - (bytes.length % 4);
  let sum = 0;
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  let tail = 0;
  for (let i = whole; i < bytes.length; i++) tail |= bytes[i]! << (24 - 8 * (i - whole));
  return (sum + (tail >>> 0)) >>> 0;
}

/** The subset's font file: the tables PDF needs for a TrueType font (head … fpgm). */
export function encodeTrueTypeSubset(face: TrueTypeFace, subset: GlyphSubset): Uint8Array {
  const { glyf, loca, hmtx } = glyphTables(face, subset);
  const count = subset.glyphs.length;
  const head = withUint16(tableBytes(face, 'head')!, 50, 1); // indexToLocFormat: long offsets
  new DataView(head.buffer).setUint32(8, 0); // checkSumAdjustment, set below
  const tables: [string, Uint8Array][] = [
    ['cvt ', tableBytes(face, 'cvt ')],
    ['fpgm', tableBytes(face, 'fpgm')],
    ['glyf', glyf],
    ['head', head],
    ['hhea', withUint16(tableBytes(face, 'hhea')!, 34, count)],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', withUint16(tableBytes(face, 'maxp')!, 4, count)],
    ['prep', tableBytes(face, 'prep')],
  ].filter((t): t is [string, Uint8Array] => t[1] !== null);
  return assemble(tables, head);
}

function assemble(tables: [string, Uint8Array][], head: Uint8Array): Uint8Array {
  const n = tables.length;
  const log2 = Math.floor(Math.log2(n));
  const headerSize = 12 + 16 * n;
  const size = tables.reduce((at, [, t]) => at + Math.ceil(t.length / 4) * 4, headerSize);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, 16 * n - 16 * 2 ** log2);
  let at = headerSize;
  let headAt = 0;
  tables.forEach(([tag, bytes], i) => {
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) view.setUint8(entry + c, tag.charCodeAt(c));
    view.setUint32(entry + 4, checksum(bytes));
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, bytes.length);
    out.set(bytes, at);
    if (bytes === head) headAt = at;
    at += Math.ceil(bytes.length / 4) * 4;
  });
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
