import { addMissingRefs } from './sheet-refs.ts';
import { readZipDirectory } from './zip-directory.ts';
import { zipEntryBuffer } from './zip-entry.ts';
import { storedZip } from './zip-write.ts';
import { bufferZipSource } from './zip-source.ts';

const WORKSHEET = /(^|\/)worksheets\/[^/]+\.xml$/i;

/**
 * The workbook as exceljs's whole-workbook loader can read it: when a worksheet leaves out the
 * optional `r` of its rows or cells, the sheet is given them (see `addMissingRefs`) and the
 * archive rebuilt in memory; otherwise the same bytes. Call after `checkWholeArchive`, which
 * bounds what inflating here can cost.
 */
export async function withSheetRefs(bytes: Buffer): Promise<Buffer> {
  const source = bufferZipSource(bytes);
  const entries = await readZipDirectory(source, Number.MAX_SAFE_INTEGER);
  const fixed = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => WORKSHEET.test(e.name))) {
    const xml = addMissingRefs((await zipEntryBuffer(source, entry)).toString('utf8'));
    if (xml !== null) fixed.set(entry.name, Buffer.from(xml, 'utf8'));
  }
  if (fixed.size === 0) return bytes;
  const files = [];
  for (const entry of entries) files.push({ name: entry.name, data: fixed.get(entry.name) ?? (await zipEntryBuffer(source, entry)) });
  return storedZip(files);
}
