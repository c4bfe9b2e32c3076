import type { ZipSource } from './zip-source.ts';

/** One file of the archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * A zip that is not laid out as the format says. The message is English, for the log; callers
 * turn it into the clerk's message that names the file.
 */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * The central directory: every entry's name, sizes, checksum and place, read from the end of the
 * file without inflating anything, so an archive can be judged (and refused) before any of it is
 * unpacked. `maxEntries` is checked against the declared count before the directory is read.
 */
export async function readZipDirectory(source: ZipSource, maxEntries: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tail = await source.read(source.size - tailLength, tailLength);
  const at = lastIndexOfSignature(tail, EOCD);
  if (at < 0) throw new ZipFormatError('end of central directory not found');
  let count = tail.readUInt16LE(at + 10);
  let dirSize: number = tail.readUInt32LE(at + 12);
  let dirOffset: number = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    ({ count, dirSize, dirOffset } = await readZip64End(source, source.size - tailLength + at));
  }
  if (count > maxEntries) throw new TooManyEntriesError(count);
  if (dirOffset + dirSize > source.size) throw new ZipFormatError('central directory past the end of the file');
  const dir = await source.read(dirOffset, dirSize);
  if (dir.length < dirSize) throw new ZipFormatError('central directory cut short');
  const entries: ZipEntry[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > dir.length || dir.readUInt32LE(pos) !== CENTRAL_HEADER) throw new ZipFormatError(`bad central directory record ${i}`);
    const nameLength = dir.readUInt16LE(pos + 28);
    const extraLength = dir.readUInt16LE(pos + 30);
    const commentLength = dir.readUInt16LE(pos + 32);
    const end = pos + 46 + nameLength + extraLength + commentLength;
    if (end > dir.length) throw new ZipFormatError(`central directory record ${i} cut short`);
    const entry: ZipEntry = {
      name: dir.toString('utf8', pos + 46, pos + 46 + nameLength),
      flags: dir.readUInt16LE(pos + 8),
      method: dir.readUInt16LE(pos + 10),
      crc32: dir.readUInt32LE(pos + 16),
      compressedSize: dir.readUInt32LE(pos + 20),
      uncompressedSize: dir.readUInt32LE(pos + 24),
      localHeaderOffset: dir.readUInt32LE(pos + 42),
    };
    applyZip64Extra(entry, dir.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength));
    entries.push(entry);
    pos = end;
  }
  return entries;
}

/** An archive with more files than any workbook has: refused before its directory is read. */
export class TooManyEntriesError extends ZipFormatError {
  readonly count: number;
  constructor(count: number) {
    super(`${count} entries declared`);
    this.count = count;
  }
}

function lastIndexOfSignature(buffer: Buffer, signature: number): number {
  for (let i = buffer.length - EOCD_SIZE; i >= 0; i--) {
    if (buffer.readUInt32LE(i) === signature && i + EOCD_SIZE + buffer.readUInt16LE(i + 20) <= buffer.length) return i;
  }
  return -1;
}

async function readZip64End(source: ZipSource, eocdAt: number): Promise<{ count: number; dirSize: number; dirOffset: number }> {
  if (eocdAt < 20) throw new ZipFormatError('zip64 locator missing');
  const locator = await source.read(eocdAt - 20, 20);
  if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipFormatError('zip64 locator missing');
  const endAt = safeNumber(locator.readBigUInt64LE(8));
  const end = await source.read(endAt, 56);
  if (end.length < 56 || end.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError('zip64 end record missing');
  return {
    count: safeNumber(end.readBigUInt64LE(32)),
    dirSize: safeNumber(end.readBigUInt64LE(40)),
    dirOffset: safeNumber(end.readBigUInt64LE(48)),
  };
}

/** Sizes and offsets too large for 32 bits sit in the zip64 extra field, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  const wanted = (['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const).filter((k) => entry[k] === 0xffffffff);
  if (wanted.length === 0) return;
  for (let pos = 0; pos + 4 <= extra.length;) {
    const id = extra.readUInt16LE(pos);
    const size = extra.readUInt16LE(pos + 2);
    if (id === 0x0001) {
      wanted.forEach((key, i) => {
        if (pos + 4 + i * 8 + 8 > extra.length) throw new ZipFormatError(`zip64 field of ${entry.name} cut short`);
        entry[key] = safeNumber(extra.readBigUInt64LE(pos + 4 + i * 8));
      });
      return;
    }
    pos += 4 + size;
  }
  throw new ZipFormatError(`zip64 field of ${entry.name} missing`);
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 value out of range');
  return Number(value);
}
