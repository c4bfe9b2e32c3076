import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';
import type { ZipEntry } from './zip-directory.ts';

/**
 * How much a workbook may unpack to, judged from its central directory before anything is
 * inflated (and then held to while inflating, see zip-entry.ts), so a zip bomb is refused at
 * the cost of reading its directory.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Declared size of any one entry that is read. */
  maxEntryBytes: number;
  /** Declared size of all entries that are read. */
  maxTotalBytes: number;
  /** Declared size ÷ stored size, for entries larger than `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
}

const MB = 1024 * 1024;

/**
 * For rosters, read as a stream. A 100,000-row roster is about 40 MB of sheet XML (100 MB with
 * its strings inline, as some systems write them), with a compression ratio near 8; Excel's
 * largest sheet, a million rows, is some hundreds of MB. Deflate cannot pass about 1,030:1 and
 * bombs are made near that limit, but one cut into 1 MB pieces still reaches 350:1; real sheet
 * XML, where every row holds a different code and name, stays near 10:1.
 */
export const STREAM_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 800 * MB,
  maxTotalBytes: 1024 * MB,
  maxRatio: 100,
  ratioFromBytes: 16 * MB,
};

/**
 * For item and result lists, which exceljs loads whole (its objects take ten times the XML):
 * these are hundreds or a few thousand rows, a few MB of XML.
 */
export const WHOLE_WORKBOOK_LIMITS: ZipLimits = {
  ...STREAM_LIMITS,
  maxEntryBytes: 128 * MB,
  maxTotalBytes: 160 * MB,
};

/** Refuses the archive when the entries about to be read would unpack past `limits`. */
export function assertWithinLimits(file: string, read: readonly ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of read) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      throw tooLarge(file, `${entry.name} declares ${entry.uncompressedSize} bytes (total so far ${total})`);
    }
    if (entry.uncompressedSize > limits.ratioFromBytes && ratio > limits.maxRatio) {
      throw tooLarge(file, `${entry.name} declares a compression ratio of ${Math.round(ratio)}:1`);
    }
  }
}

export function tooManyEntries(file: string, count: number): AppError {
  return new AppError(
    `文件${quotedFileName(file)}中包含 ${count} 个压缩条目，远多于正常的 Excel 工作簿，可能已损坏或并非表格文件，没有导入任何数据。请用 Excel 打开确认后重新保存为 .xlsx 再导入。`,
    { cause: `zip declares ${count} entries` },
  );
}

function tooLarge(file: string, cause: string): AppError {
  return new AppError(
    `文件${quotedFileName(file)}解压后的内容异常庞大，超出了正常表格的大小，可能已损坏或是特意构造的压缩文件，没有导入任何数据。` +
      '如果确实是很大的表格，请拆分成几个较小的文件分别导入。',
    { cause: `zip limits: ${cause}` },
  );
}
