import fs from 'node:fs';
import { Readable } from 'node:stream';
import unzipper from 'unzipper';

/**
 * The parts exceljs must have read before a worksheet to parse that sheet as it inflates.
 * Excel, WPS and exceljs itself store the sheets first, so exceljs's streaming reader inflates
 * every sheet into a temporary file, reads the shared strings, then reads the sheet back: the
 * first row of a 100,000-row roster arrives only after a second, and the whole sheet (often
 * 100 MB of XML) passes through the temporary folder, where virus scanners look at it.
 */
const PARTS_FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');

/**
 * The workbook as exceljs's reader should see it: the same zip entries, byte for byte, with the
 * parts above moved before the sheets. Only the order of whole entries changes, so nothing is
 * inflated or recompressed here, and the zip's directory still closes the stream. Returns the
 * file name itself when the order is already right or the archive is not laid out as expected
 * (entries not back to back), which the reader then handles as before.
 */
export async function sheetsLastInput(file: string): Promise<string | Readable> {
  const zip = await unzipper.Open.file(file);
  const entries = zip.files
    .map((f) => ({ path: f.path, start: f.offsetToLocalFileHeader }))
    .sort((a, b) => a.start - b.start);
  const rank = (path: string) => (PARTS_FIRST.includes(path) ? PARTS_FIRST.indexOf(path) : PARTS_FIRST.length);
  const wanted = [...entries].sort((a, b) => rank(a.path) - rank(b.path) || a.start - b.start);
  if (wanted.every((e, i) => e === entries[i])) return file;
  const ranges = entries.map((e, i) => ({ ...e, end: entries[i + 1]?.start ?? zip.offsetToStartOfCentralDirectory }));
  if (!laidOutBackToBack(file, ranges)) return file;
  const byPath = new Map(ranges.map((r) => [r.path, r]));
  // The central directory goes at the end as it was: a sequential reader ignores its offsets, but
  // needs to meet it to know the last entry is complete (an entry stored uncompressed, as many web
  // systems' “导出Excel” write them, has no end of its own).
  const tail = { start: zip.offsetToStartOfCentralDirectory, end: fs.statSync(file).size };
  return Readable.from(concatRanges(file, [...wanted.map((e) => byPath.get(e.path)!), tail]));
}

function laidOutBackToBack(file: string, ranges: { start: number; end: number }[]): boolean {
  if (ranges.length === 0 || ranges[0]!.start !== 0) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return ranges.every((r) => r.end > r.start && fs.readSync(fd, head, 0, 4, r.start) === 4 && head.equals(LOCAL_HEADER));
  } finally {
    fs.closeSync(fd);
  }
}

async function* concatRanges(file: string, ranges: { start: number; end: number }[]): AsyncGenerator<Buffer> {
  for (const range of ranges) {
    const stream = fs.createReadStream(file, { start: range.start, end: range.end - 1 });
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } finally {
      stream.destroy();
    }
  }
}
