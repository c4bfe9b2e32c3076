import fs from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';

/**
 * Writes a file so that it is either the old one or the complete new one, never half written: the
 * bytes go to a temporary file in the same folder (so the rename stays on one disk), are flushed,
 * then renamed over the target. Failures become an AppError naming the file and what to do.
 */
export async function writeFileAtomic(outPath: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(
    path.dirname(outPath),
    `.${path.basename(outPath)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, outPath);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw writeError(outPath, err);
  }
}

/** Serialises a workbook and writes it with `writeFileAtomic`. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, outPath: string): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(outPath, new Uint8Array(buffer as ArrayBuffer));
}

function writeError(outPath: string, err: unknown): AppError {
  const code = (err as { code?: string }).code;
  const name = quotedFileName(outPath);
  const folder = path.dirname(outPath);
  const reasons: Record<string, string> = {
    ENOENT: `文件夹“${folder}”不存在。请另选保存位置。`,
    ENOTDIR: `“${folder}”不是文件夹。请另选保存位置。`,
    EISDIR: `已有同名的文件夹。请换一个文件名。`,
    EACCES: `没有写入权限，或同名文件正在 Excel 等程序中打开。请关闭该文件或另选保存位置后重试。`,
    EPERM: `没有写入权限，或同名文件正在 Excel 等程序中打开。请关闭该文件或另选保存位置后重试。`,
    EBUSY: `同名文件正被其他程序（如 Excel）使用。请关闭该文件后重试。`,
    EROFS: `该位置是只读的。请另选保存位置。`,
    ENOSPC: `磁盘空间不足。请清理磁盘或另选保存位置。`,
  };
  const reason = (code && reasons[code]) ?? '请确认该位置可以写入，或另选保存位置后重试。';
  return new AppError(`无法保存文件${name}：${reason}`, { cause: `${code ?? 'unknown'}: ${String(err)}` });
}
