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
/** Enough of the file to find `<html` or `<table` after a web page's comments and <head>. */
const HEAD_BYTES = 4096;

const SAVE_AS_XLSX = '请在 Excel 中将其另存为 .xlsx 格式后再导入';

/**
 * What a file holds, told by its first bytes whatever its name: a zip (an .xlsx, also a WPS .et
 * saved as one), an OLE2 compound file (legacy .xls or .et, a Word document, or an .xlsx with an
 * opening password: the .xls reader tells these apart), a web page (other offices' systems often
 * export an HTML table under the name .xls), a PDF, or anything else (text, CSV, …).
 */
export type FileContent = 'zip' | 'ole2' | 'html' | 'pdf' | 'other';

/** How a workbook file is stored: .xlsx (a zip) or legacy .xls / WPS .et (an OLE2 compound file). */
export type WorkbookFileKind = 'xlsx' | 'xls';

/**
 * Opens a file the clerk chose and tells what it holds by its first bytes (see `FileContent`).
 * A missing, empty, locked file or a folder is refused here with a reason that names it, rather
 * than by a zip or spreadsheet library's complaint. Reads only the first few KB; never writes.
 */
export async function classifyFile(filePath: string): Promise<FileContent> {
  const head = await readHead(filePath);
  if (head.length === 0) {
    throw new AppError(`文件${quotedFileName(filePath)}是空的（0 字节），没有可导入的内容。请确认选择了正确的文件。`, {
      cause: `empty file ${filePath}`,
    });
  }
  return classifyHead(head);
}

/** `classifyFile` on bytes already read: the first few KB of a file. */
function classifyHead(head: Buffer): FileContent {
  const magic = head.subarray(0, 4);
  if (magic.equals(ZIP_SIGNATURE)) return 'zip';
  if (magic.equals(OLE2_SIGNATURE)) return 'ole2';
  if (magic.equals(PDF_SIGNATURE)) return 'pdf';
  return looksLikeHtml(head) ? 'html' : 'other';
}

/**
 * A web page: markup from its first character on, with an <html>, <!DOCTYPE html> or <table>
 * tag. An Excel 2003 XML spreadsheet also has <Table> tags but is not one (nor does it read as one).
 */
function looksLikeHtml(head: Buffer): boolean {
  const text = headText(head).trimStart().toLowerCase();
  if (!text.startsWith('<')) return false;
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return false;
  return /<html[\s>]|<!doctype html|<table[\s>]/.test(text);
}

/** The head as text, enough to find ASCII tags: UTF-16 by its BOM, else byte for byte. */
function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff)
    return Buffer.from(head.subarray(2, head.length & ~1))
      .swap16()
      .toString('utf16le');
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return head.subarray(3).toString('latin1');
  return head.toString('latin1');
}

/**
 * The one message for a file whose content the reader at hand cannot read, whichever door the
 * clerk came through: `accepts` names what that reader takes (a workbook only, or a workbook or
 * a CSV). A file named .xls or .et that holds a web page or text gets its own reason, as other
 * offices' systems export those under that name.
 */
export function unreadableFileError(filePath: string, content: FileContent, accepts: 'workbook' | 'table'): AppError {
  const name = quotedFileName(filePath);
  const ext = path.extname(filePath);
  if ((content === 'html' || content === 'other') && LEGACY_EXTENSIONS.has(ext.toLowerCase())) {
    return new AppError(
      `文件${name}的扩展名是${ext}，但内容不是 Excel 表格（可能是其他系统导出的网页或文本），无法直接读取。` +
        `${SAVE_AS_XLSX}（用 Excel 或 WPS 打开它，“另存为”时选择 .xlsx）。`,
      { cause: `named ${ext} but holds ${content}: ${filePath}` },
    );
  }
  const what = accepts === 'table' ? 'Excel 工作簿或 CSV 文件' : 'Excel 工作簿';
  const looksLike = content === 'pdf' ? '（它是一个 PDF 文件）' : content === 'html' ? '（它是一个网页文件）' : '';
  return new AppError(`文件${name}不是 ${what}${looksLike}，无法导入。请确认选择了正确的文件；如果是其他格式的表格，${SAVE_AS_XLSX}。`, {
    cause: `not a ${accepts} (${content}): ${filePath}`,
  });
}

/**
 * Checks, before any parsing, that a file exists and looks like a workbook, and tells which kind
 * (see `classifyFile`); anything else is refused with `unreadableFileError`.
 */
export async function assertWorkbookFile(filePath: string): Promise<WorkbookFileKind> {
  const content = await classifyFile(filePath);
  if (content === 'zip') return 'xlsx';
  if (content === 'ole2') return 'xls';
  throw unreadableFileError(filePath, content, 'workbook');
}

async function readHead(filePath: string): Promise<Buffer> {
  // Asked first: opening a folder fails on Windows with EPERM or EACCES, which would read as a locked file.
  const isFolder = await fs.stat(filePath).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isFolder) throw openError(filePath, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (err) {
    throw openError(filePath, err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw openError(filePath, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
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
      ? `找不到文件${name}（位置：${path.dirname(filePath)}）：它已不存在，可能被移动、改名或删除。请重新选择文件。`
      : code === 'EISDIR'
        ? `${name}是一个文件夹，请选择文件。`
        : code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
          ? `无法打开文件${name}：文件可能正被其他程序占用，或没有读取权限。请关闭 Excel 等程序后重试。`
          : `无法读取文件${name}。请确认文件可以正常打开后重试。`;
  return new AppError(message, { cause: `${code ?? 'unknown'}: ${String(err)}` });
}
