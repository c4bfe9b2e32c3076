import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * A small ZIP writer and reader of our own, so the battery controls every byte: declared sizes
 * that lie, entries whose deflate stream is a gigabyte of repetition, CRC checks of flipped files.
 */

export interface DeflatedData {
  compressed: Buffer;
  crc: number;
  size: number;
}

export interface ZipEntry {
  name: string;
  /** Plain content (deflated here), or ready-made deflate data (a bomb). */
  data?: Buffer | string;
  deflated?: DeflatedData;
  /** Written as the uncompressed size in both headers instead of the real one. */
  declaredSize?: number;
  stored?: boolean;
}

export function deflate(data: Buffer | string): DeflatedData {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  return { compressed: zlib.deflateRawSync(buf, { level: 6 }), crc: zlib.crc32(buf), size: buf.length };
}

/**
 * Deflate data for `parts`, each repeated `repeat` times, without ever holding the whole content:
 * each part is compressed on its own with a full flush (no back-references across parts), so its
 * compressed bytes can simply be repeated; a final empty stored block ends the stream.
 */
export function deflateRepeated(parts: { data: Buffer | string; repeat: number }[]): DeflatedData {
  const pieces: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    const buf = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const c = zlib.deflateRawSync(buf, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
    for (let i = 0; i < part.repeat; i++) {
      pieces.push(c);
      crc = zlib.crc32(buf, crc);
      size += buf.length;
    }
  }
  pieces.push(Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]));
  return { compressed: Buffer.concat(pieces), crc, size };
}

export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const d = e.deflated ?? (e.stored ? stored(e.data ?? '') : deflate(e.data ?? ''));
    const method = e.stored ? 0 : 8;
    const size = e.declaredSize ?? d.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(d.crc >>> 0, 14);
    local.writeUInt32LE(d.compressed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(d.crc >>> 0, 16);
    central.writeUInt32LE(d.compressed.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, d.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + d.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function stored(data: Buffer | string): DeflatedData {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  return { compressed: buf, crc: zlib.crc32(buf), size: buf.length };
}

/** Where each entry's compressed data lies in a well-formed zip (from the central directory). */
export interface EntrySpan {
  name: string;
  headerStart: number;
  dataStart: number;
  dataEnd: number;
  method: number;
  crc: number;
  size: number;
}

export function zipSpans(buf: Buffer): EntrySpan[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const spans: EntrySpan[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central header');
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    spans.push({ name, headerStart: local, dataStart, dataEnd: dataStart + csize, method, crc, size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return spans;
}

/** Which entries of a (possibly damaged) zip no longer inflate to their declared CRC and size. */
export function damagedEntries(buf: Buffer, spans: EntrySpan[]): string[] {
  const bad: string[] = [];
  for (const s of spans) {
    try {
      const raw = buf.subarray(s.dataStart, s.dataEnd);
      const data = s.method === 8 ? zlib.inflateRawSync(raw) : raw;
      if (zlib.crc32(data) !== s.crc || data.length !== s.size) bad.push(s.name);
    } catch {
      bad.push(s.name);
    }
  }
  return bad;
}

export function writeFile(file: string, data: Buffer | string): string {
  fs.writeFileSync(file, data);
  return file;
}
