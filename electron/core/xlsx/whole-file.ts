import fs from 'node:fs/promises';
import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';
import { fileReadError, takeSnapshot, type FileSnapshot } from './file-snapshot.ts';

const MB = 1024 * 1024;

/**
 * The largest file read whole into memory: a legacy .xls or a web page (parsed whole by SheetJS,
 * whose cells take some 20 times the file), or an item or result list loaded whole by exceljs.
 * A full 65,536-row .xls roster is some 10–30 MB; item and result lists are far smaller.
 */
const MAX_WHOLE_FILE_BYTES = 64 * MB;

/**
 * A file read at once, refused by its size before it is read, with every failure of the disk
 * in Chinese. Returns the snapshot taken before the read, for a later `assertUnchanged`.
 */
export async function readWholeFile(file: string, maxBytes = MAX_WHOLE_FILE_BYTES): Promise<{ bytes: Buffer; snapshot: FileSnapshot }> {
  const snapshot = await takeSnapshot(file);
  if (snapshot.size > maxBytes) {
    throw new AppError(
      `文件${quotedFileName(file)}有 ${Math.ceil(snapshot.size / MB)} MB，超过了能直接读取的大小（${maxBytes / MB} MB），没有导入任何数据。` +
        '请确认选择了正确的文件；如果确实是很大的表格，请拆分成几个较小的文件，或在 Excel 中另存为 .xlsx 后再导入。',
      { cause: `file of ${snapshot.size} bytes over ${maxBytes}` },
    );
  }
  try {
    return { bytes: await fs.readFile(file), snapshot };
  } catch (err) {
    throw fileReadError(file, err);
  }
}
