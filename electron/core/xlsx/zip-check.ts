import { readZipDirectory, TooManyEntriesError } from './zip-directory.ts';
import { zipEntryChunks } from './zip-entry.ts';
import { assertWithinLimits, tooManyEntries, type ZipLimits } from './zip-limits.ts';
import { bufferZipSource } from './zip-source.ts';

/**
 * Checks a whole archive before a library that trusts it (exceljs, through JSZip, inflates every
 * entry and never checks a CRC) is given it: the directory's declared sizes against `limits`
 * first, then every entry inflated once, within its declared size, to its CRC. A damaged entry
 * throws a ZipFormatError (English, for the log); the caller words it for the clerk.
 */
export async function checkWholeArchive(file: string, bytes: Buffer, limits: ZipLimits): Promise<void> {
  const source = bufferZipSource(bytes);
  let entries;
  try {
    entries = await readZipDirectory(source, limits.maxEntries);
  } catch (err) {
    throw err instanceof TooManyEntriesError ? tooManyEntries(file, err.count) : err;
  }
  assertWithinLimits(file, entries, limits);
  for (const entry of entries) {
    for await (const _chunk of zipEntryChunks(source, entry));
  }
}
