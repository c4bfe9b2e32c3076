import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';

/** Every .xlsx is a zip archive, and every zip starts with "PK\x03\x04". */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: legacy .xls, WPS .et, and also an .xlsx saved with an opening password. */
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const PDF_SIGNATURE = Buffer.from('%PDF');
const LEGACY_EXTENSIONS = new Set(['.xls', '.et']);

const SAVE_AS_XLSX = '请在 Excel 中将其另存为 .xlsx 格式后再导入';

/** How a workbook file is stored: .xlsx (a zip) or legacy .xls / WPS .et (an OLE2 compound file). */
export type WorkbookFileKind = 'xlsx' | 'xls';

/**
 * Checks, before any parsing, that a file exists and looks like a workbook, and tells which kind
 * by its first bytes, whatever its name: a zip is an .xlsx (also a WPS .et saved as one), an OLE2
 * compound file is an .xls or .et (or an .xlsx with an opening password, which the .xls reader
 * recognises). The clerk gets a reason that names the file (missing, empty, not Excel at all)
 * rather than a zip library's complaint. Reads only the first bytes; never writes.
 */
export async function assertWorkbookFile(filePath: string): Promise<WorkbookFileKind> {
  const name = quotedFileName(filePath);
  const head = await readHead(filePath);
  if (head.length === 0) {
    throw new AppError(`文件${name}是空的（0 字节），没有可导入的内容。请确认选择了正确的文件。`, {
      cause: `empty file ${filePath}`,
    });
  }
  if (head.subarray(0, 4).equals(ZIP_SIGNATURE)) return 'xlsx';
  if (head.subarray(0, 4).equals(OLE2_SIGNATURE)) return 'xls';
  if (LEGACY_EXTENSIONS.has(path.extname(filePath).toLowerCase())) {
    // Other offices' systems often export a web page or a text table under the name .xls.
    throw new AppError(
      `文件${name}的扩展名是${path.extname(filePath)}，但内容不是 Excel 表格（可能是其他系统导出的网页或文本），无法直接读取。` +
        `请用 Excel 打开它，${SAVE_AS_XLSX}。`,
      { cause: `named ${path.extname(filePath)} but neither OLE2 nor zip: ${filePath}` },
    );
  }
  const looksLike = head.subarray(0, 4).equals(PDF_SIGNATURE) ? '（它是一个 PDF 文件）' : '';
  throw new AppError(
    `文件${name}不是 Excel 工作簿${looksLike}，无法导入。请确认选择了正确的文件；如果是其他格式的表格，${SAVE_AS_XLSX}。`,
    { cause: `not a zip archive ${filePath}` },
  );
}

async function readHead(filePath: string): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (err) {
    throw openError(filePath, err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw openError(filePath, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw openError(filePath, err);
  } finally {
    await handle.close();
  }
}

function openError(filePath: string, err: unknown): AppError {
  const code = (err as { code?: string }).code;
  const name = quotedFileName(filePath);
  const message =
    code === 'ENOENT'
      ? `找不到文件${name}（位置：${path.dirname(filePath)}），可能已被移动、改名或删除。请重新选择文件。`
      : code === 'EISDIR'
        ? `${name}是一个文件夹，不是 Excel 文件。请选择要导入的 .xlsx 文件。`
        : code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
          ? `无法打开文件${name}：文件可能正被其他程序占用，或没有读取权限。请关闭 Excel 等程序后重试。`
          : `无法读取文件${name}。请确认文件可以正常打开后重试。`;
  return new AppError(message, { cause: `${code ?? 'unknown'}: ${String(err)}` });
}
