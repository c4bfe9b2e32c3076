import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { removeStaleTemps, tempNameBeside } from './stale-temps.ts';

/**
 * Writes what `produce` returns to `target` so that a reader never sees half a file: the temporary
 * file is created first in the same folder (a rename is atomic only within one volume), so an
 * unwritable place is reported before any work is done; the bytes are flushed to disk and the file
 * renamed over the target. On failure the temporary file is removed; a Chinese AppError says what
 * to do when the file system refused. A temporary file that a killed save of the same target left
 * is removed first.
 */
export async function writeFileAtomically(target: string, produce: () => Promise<Uint8Array>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = tempNameBeside(path.resolve(target), randomBytes(4).toString('hex'));
  await removeStaleTemps(dir, path.basename(target));
  if ((await fs.stat(target).catch(() => null))?.isDirectory()) {
    throw saveError(target, dir, 'rename', Object.assign(new Error('target is a folder'), { code: 'EISDIR' }));
  }
  const handle = await fs.open(temp, 'wx').catch((err: unknown) => {
    throw saveError(target, dir, 'temp', err);
  });
  let stage: 'produce' | 'temp' | 'rename' = 'produce';
  try {
    const data = await produce();
    stage = 'temp';
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    stage = 'rename';
    await fs.rename(temp, target);
  } catch (err) {
    await handle.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw stage === 'produce' ? err : saveError(target, dir, stage, err);
  }
}

/** `writeFileAtomically` for bytes already in hand. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  await writeFileAtomically(target, async () => data);
}

/** Serialises a workbook and writes it with `writeFileAtomically`. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  await writeFileAtomically(target, async () => new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

// The clerk knows a file by its name and a folder by where it is, so the message names both that way.
function saveError(target: string, dir: string, stage: 'temp' | 'rename', err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code ?? 'UNKNOWN';
  const cause = `write ${target} failed at ${stage}: ${String(err)}`;
  const say = (reason: string) => new AppError(`无法保存文件“${path.basename(target)}”：${reason}`, { cause });
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return say(`文件夹“${dir}”不存在。请重新选择保存位置。`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      // Windows refuses the rename with EPERM/EACCES while Excel or a PDF reader holds the old file.
      return stage === 'rename'
        ? say('同名文件可能正被其他程序（如 Excel、PDF 阅读器）打开，或是只读文件。请关闭该文件后重试，或换一个文件名。')
        : say(`没有写入权限，不能在文件夹“${dir}”中新建文件。请换一个文件夹（如“文档”或桌面）后重试。`);
    case 'EBUSY':
      return say('该文件正被其他程序（如 Excel、PDF 阅读器）打开。请关闭该文件后重试，或换一个文件名。');
    case 'EISDIR':
      return say('已有同名的文件夹。请换一个文件名。');
    case 'ENOSPC':
      return say('磁盘空间不足。请清理磁盘或换一个位置后重试。');
    default:
      return say(`写入时出错（${code}）。请确认该位置可以写入，或换一个保存位置后重试。`);
  }
}
