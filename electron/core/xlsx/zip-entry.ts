import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ZipFormatError, type ZipEntry } from './zip-directory.ts';
import type { ZipSource } from './zip-source.ts';

/** The file ended before an entry did: cut short on disk, or shrinking while it is read. */
class ZipTruncatedError extends ZipFormatError {}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const READ_CHUNK = 256 * 1024;
const INFLATE_CHUNK = 64 * 1024;

/**
 * An entry's content, inflated piece by piece and held to what the central directory declares:
 * reading stops with an error as soon as it would pass the declared size (a zip bomb lying about
 * its size never gets to inflate further), and at the end the size and CRC must match exactly,
 * so a damaged entry is never taken for data. Every failure, of the disk or of the data, rejects
 * the consumer's `for await`; nothing is left waiting on a stream.
 */
export async function* zipEntryChunks(source: ZipSource, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.flags & 1) throw new ZipFormatError(`${entry.name} is encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  const start = await dataStart(source, entry);
  const raw = rangeChunks(source, start, entry.compressedSize);
  let size = 0;
  let crc = 0;
  for await (const chunk of entry.method === STORED ? raw : inflated(raw)) {
    size += chunk.length;
    if (size > entry.uncompressedSize) throw new ZipFormatError(`${entry.name} inflates past its declared ${entry.uncompressedSize} bytes`);
    crc = zlib.crc32(chunk, crc);
    yield chunk;
  }
  if (size !== entry.uncompressedSize) throw new ZipFormatError(`${entry.name}: ${size} bytes, ${entry.uncompressedSize} declared`);
  if (crc >>> 0 !== entry.crc32) throw new ZipFormatError(`${entry.name}: CRC mismatch`);
}

/** A whole entry in memory, for the small parts (workbook, relations, styles). */
export async function zipEntryBuffer(source: ZipSource, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of zipEntryChunks(source, entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function dataStart(source: ZipSource, entry: ZipEntry): Promise<number> {
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30) throw new ZipTruncatedError(`${entry.name}: local header past the end`);
  if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipFormatError(`${entry.name}: no local header`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > source.size) throw new ZipTruncatedError(`${entry.name}: data past the end`);
  return start;
}

async function* rangeChunks(source: ZipSource, start: number, length: number): AsyncGenerator<Buffer> {
  for (let done = 0; done < length;) {
    const want = Math.min(READ_CHUNK, length - done);
    const chunk = await source.read(start + done, want);
    if (chunk.length < want) throw new ZipTruncatedError(`file ended at ${start + done + chunk.length}`);
    done += want;
    yield chunk;
  }
}

/**
 * `pipeline` rather than `pipe`: a failure on either side destroys both streams with the error,
 * which the `for await` below then throws.
 */
async function* inflated(raw: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const source = Readable.from(raw);
  const inflater = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
  pipeline(source, inflater, () => {});
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } finally {
    source.destroy();
    inflater.destroy();
  }
}
