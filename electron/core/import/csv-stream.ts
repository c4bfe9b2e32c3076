import fs from 'node:fs';
import chardet from 'chardet';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../errors.ts';
import { quotedFileName } from '../xlsx/file-name.ts';
import { assertUnchanged, fileReadError, readFailure, takeSnapshot } from '../xlsx/file-snapshot.ts';
import { isBlankRow, type SheetRow } from '../xlsx/sheet-rows.ts';

/**
 * CSV as clerks get it: saved by Excel on a Chinese Windows PC (GBK, no BOM), or exported by a
 * system as UTF-8 (with or without BOM), or as UTF-16 ("Unicode text"), with or without BOM.
 * The encoding is taken from the BOM, else guessed from the first 64 KB; every GB encoding is
 * read as GB18030, which contains GBK and GB2312.
 */
export function detectEncoding(sample: Buffer): 'utf8' | 'gb18030' | 'utf16le' | 'utf16be' {
  if (sample.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) return 'utf8';
  if (sample.subarray(0, 2).equals(Buffer.from([0xff, 0xfe]))) return 'utf16le';
  if (sample.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))) return 'utf16be';
  // Before the UTF-8 check: UTF-16 text of ASCII and CJK characters is also valid UTF-8.
  const utf16 = utf16ByZeroBytes(sample);
  if (utf16) return utf16;
  if (isValidUtf8(sample)) return 'utf8';
  const guess = (chardet.detect(sample) ?? '').toUpperCase();
  if (guess.startsWith('UTF-16LE')) return 'utf16le';
  if (guess.startsWith('UTF-16BE')) return 'utf16be';
  return 'gb18030';
}

/**
 * UTF-16 without a BOM, told by its zero bytes: every ASCII character (the commas, digits and line
 * breaks any CSV is full of) has a zero high byte, which comes second in UTF-16LE and first in
 * UTF-16BE. Text in GBK or UTF-8 has no zero bytes at all. A CJK character with a zero low byte
 * (一 is U+4E00) puts a few on the other side, so one side must clearly outnumber the other.
 */
function utf16ByZeroBytes(sample: Buffer): 'utf16le' | 'utf16be' | null {
  const pairs = sample.length >> 1;
  if (pairs < 2) return null;
  let first = 0;
  let second = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) first++;
    if (sample[i + 1] === 0) second++;
  }
  if (second >= pairs * 0.1 && first * 4 <= second) return 'utf16le';
  if (first >= pairs * 0.1 && second * 4 <= first) return 'utf16be';
  return null;
}

/** Strict UTF-8 check, tolerating a multi-byte character cut at the end of the sample. */
function isValidUtf8(sample: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, trimCutCharacter(sample)));
    return true;
  } catch {
    return false;
  }
}

function trimCutCharacter(b: Buffer): number {
  let end = b.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = b[end - back]!;
    if ((byte & 0xc0) === 0xc0) return end - back;
    if ((byte & 0x80) === 0) break;
  }
  return end;
}

function readSample(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The non-blank records of a CSV file; `number` is the record's row as Excel would show it. A read
 * that fails says why in Chinese: the file went away or changed while read, the disk failed, or
 * the CSV itself is malformed; a read to the end checks that the file is still the one read.
 */
export async function* streamCsvRows(file: string): AsyncGenerator<SheetRow> {
  const snapshot = await takeSnapshot(file);
  let encoding: ReturnType<typeof detectEncoding>;
  try {
    encoding = detectEncoding(readSample(file));
  } catch (err) {
    throw fileReadError(file, err);
  }
  const source = fs.createReadStream(file);
  // pipe() does not pass a read error on: the parser is destroyed with it, so the loop throws it.
  const parser = source
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  source.on('error', (err) => parser.destroy(err));
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      if (!isBlankRow(record)) yield { number, cells: record };
    }
    await assertUnchanged(snapshot);
  } catch (err) {
    throw await readFailure(
      snapshot,
      err,
      () =>
        new AppError(
          `文件${quotedFileName(file)}第 ${number + 1} 行附近的 CSV 格式有误（例如引号不成对），请用 Excel 打开检查后另存为 .xlsx 再导入。`,
          {
            cause: String(err),
          },
        ),
    );
  } finally {
    source.destroy();
    parser.destroy();
  }
}
