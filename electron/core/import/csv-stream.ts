import fs from 'node:fs';
import chardet from 'chardet';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../errors.ts';
import { quotedFileName } from '../xlsx/file-name.ts';
import { isBlankRow, type SheetRow } from '../xlsx/sheet-rows.ts';

/**
 * CSV as clerks get it: saved by Excel on a Chinese Windows PC (GBK, no BOM), or exported by a
 * system as UTF-8 (with or without BOM). The encoding is taken from the BOM, else guessed from
 * the first 64 KB; every GB encoding is read as GB18030, which contains GBK and GB2312.
 */
export function detectEncoding(sample: Buffer): 'utf8' | 'gb18030' | 'utf16le' | 'utf16be' {
  if (sample.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) return 'utf8';
  if (sample.subarray(0, 2).equals(Buffer.from([0xff, 0xfe]))) return 'utf16le';
  if (sample.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))) return 'utf16be';
  if (isValidUtf8(sample)) return 'utf8';
  const guess = (chardet.detect(sample) ?? '').toUpperCase();
  if (guess.startsWith('UTF-16LE')) return 'utf16le';
  if (guess.startsWith('UTF-16BE')) return 'utf16be';
  return 'gb18030';
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

/** The non-blank records of a CSV file; `number` is the record's row as Excel would show it. */
export async function* streamCsvRows(file: string): AsyncGenerator<SheetRow> {
  const encoding = detectEncoding(readSample(file));
  const parser = fs
    .createReadStream(file)
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      if (!isBlankRow(record)) yield { number, cells: record };
    }
  } catch (err) {
    throw new AppError(`文件${quotedFileName(file)}第 ${number + 1} 行附近的 CSV 格式有误（例如引号不成对），请用 Excel 打开检查后另存为 .xlsx 再导入。`, {
      cause: String(err),
    });
  } finally {
    parser.destroy();
  }
}
