import { AppError } from '../errors.ts';
import { readDateStyles } from '../xlsx/cell-styles.ts';
import { quotedFileName } from '../xlsx/file-name.ts';
import { assertUnchanged, fileReadError, readFailure, takeSnapshot } from '../xlsx/file-snapshot.ts';
import { readSharedStrings } from '../xlsx/shared-strings.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import { sheetRowChunks, SheetTooLargeError, type SheetContext } from '../xlsx/sheet-xml.ts';
import { readZipDirectory, TooManyEntriesError, ZipFormatError, type ZipEntry } from '../xlsx/zip-directory.ts';
import { zipEntryBuffer, zipEntryChunks } from '../xlsx/zip-entry.ts';
import { assertWithinLimits, STREAM_LIMITS, tooManyEntries } from '../xlsx/zip-limits.ts';
import { fileZipSource } from '../xlsx/zip-source.ts';
import { NotAWorkbookError, readXlsxParts, type XlsxSheetInfo } from '../xlsx/xlsx-parts.ts';

/** An .xlsx opened for reading its rows, one sheet at a time, without holding a sheet in memory. */
export interface XlsxReader {
  /** Every worksheet in tab order, hidden ones marked. */
  sheets: XlsxSheetInfo[];
  /** The non-blank rows of a sheet, in the chunks the XML parser produces (a few hundred rows each). */
  rowChunks(sheetName: string): AsyncGenerator<SheetRow[]>;
  close(): Promise<void>;
}

/**
 * Opens an .xlsx by its zip directory: the parts are inflated straight from their places in the
 * file, the shared strings before the sheet whatever the order in the archive, and nothing is
 * inflated before the directory's declared sizes pass `STREAM_LIMITS`. Every failure — a damaged
 * entry (its CRC or size), a file cut short or changed while read, a disk error — ends the read
 * with a Chinese message naming the file; a sheet read to its end is followed by a check that
 * the file is still the one that was read.
 */
export async function openXlsxReader(file: string): Promise<XlsxReader> {
  const snapshot = await takeSnapshot(file);
  const source = await fileZipSource(file).catch((err: unknown) => {
    throw fileReadError(file, err);
  });
  const fail = async (err: unknown) => {
    if (err instanceof TooManyEntriesError) return tooManyEntries(file, err.count);
    if (err instanceof NotAWorkbookError) return notAWorkbook(file, err);
    if (err instanceof SheetTooLargeError) return beyondExcel(file, err);
    return readFailure(snapshot, err, () => unreadable(file, err));
  };
  try {
    const entries = await readZipDirectory(source, STREAM_LIMITS.maxEntries);
    const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
    // Part names are case-insensitive in the package format.
    const entryOf = (part: string | null) => (part === null ? undefined : byName.get(part.toLowerCase()));
    const readPart = async (part: string) => {
      const entry = entryOf(part);
      if (!entry) return null;
      assertWithinLimits(file, [entry], STREAM_LIMITS);
      return zipEntryBuffer(source, entry);
    };
    const parts = await readXlsxParts(readPart);
    const shared = [entryOf(parts.sharedStrings), entryOf(parts.styles)].filter((e): e is ZipEntry => e !== undefined);
    let context: Promise<SheetContext> | undefined;
    const loadContext = async (): Promise<SheetContext> => {
      const sst = entryOf(parts.sharedStrings);
      const strings = sst ? await readSharedStrings(zipEntryChunks(source, sst)) : [];
      return { strings, dateStyles: readDateStyles(parts.styles ? await readPart(parts.styles) : null), date1904: parts.date1904 };
    };
    return {
      sheets: parts.sheets,
      async *rowChunks(sheetName) {
        const sheet = parts.sheets.find((s) => s.name === sheetName);
        if (!sheet) throw new AppError(`文件${quotedFileName(file)}中没有名为“${sheetName}”的工作表。`);
        try {
          const entry = entryOf(sheet.part);
          if (!entry) throw new ZipFormatError(`sheet part ${sheet.part} missing`);
          assertWithinLimits(file, [entry, ...shared], STREAM_LIMITS);
          yield* sheetRowChunks(zipEntryChunks(source, entry), await (context ??= loadContext()));
          await assertUnchanged(snapshot);
        } catch (err) {
          throw await fail(err);
        }
      },
      close: () => source.close(),
    };
  } catch (err) {
    await source.close();
    throw await fail(err);
  }
}

/** The rows of one sheet (the first visible one when none is named), opened and closed around the read. */
export async function* streamXlsxRowChunks(file: string, sheetName?: string): AsyncGenerator<SheetRow[]> {
  const reader = await openXlsxReader(file);
  try {
    const name = sheetName ?? (reader.sheets.find((s) => !s.hidden) ?? reader.sheets[0])?.name;
    if (name === undefined) throw new AppError(`文件${quotedFileName(file)}中没有工作表。`);
    yield* reader.rowChunks(name);
  } finally {
    await reader.close();
  }
}

function unreadable(file: string, err: unknown): AppError {
  return new AppError(
    `文件${quotedFileName(file)}无法读取：文件可能已损坏或不完整（例如下载或复制中断），没有导入任何数据。请用 Excel 打开确认后重新保存为 .xlsx 再导入。`,
    { cause: String(err) },
  );
}

function notAWorkbook(file: string, err: unknown): AppError {
  return new AppError(
    `文件${quotedFileName(file)}是一个压缩文件，但其中没有 Excel 工作表（可能是 Word 文档或其他压缩包），无法导入。请确认选择了正确的文件。`,
    { cause: String(err) },
  );
}

function beyondExcel(file: string, err: unknown): AppError {
  return new AppError(
    `文件${quotedFileName(file)}的工作表超出了 Excel 的最大行数（1048576 行）或列数，不是正常保存的表格，可能已损坏或是特意构造的文件，没有导入任何数据。`,
    { cause: String(err) },
  );
}
