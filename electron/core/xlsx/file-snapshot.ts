import fs from 'node:fs/promises';
import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';

/** A file's size and time as reading began, to tell afterwards whether it changed under us. */
export interface FileSnapshot {
  file: string;
  size: number;
  mtimeMs: number;
}

export async function takeSnapshot(file: string): Promise<FileSnapshot> {
  try {
    const stat = await fs.stat(file);
    return { file, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (err) {
    throw fileReadError(file, err);
  }
}

/**
 * Throws when the file is gone or not the one read: an open file can be deleted or rewritten
 * while it is read (by a copy, a download, Excel saving), and what was read is then not the file.
 */
export async function assertUnchanged(snapshot: FileSnapshot): Promise<void> {
  const change = await changeOf(snapshot);
  if (change) throw change;
}

/**
 * The clerk's message for a failure while reading: a file that moved or changed is said to have,
 * whatever the parser made of it; an error of the disk says so; anything else is `damaged`.
 */
export async function readFailure(snapshot: FileSnapshot, err: unknown, damaged: () => AppError): Promise<AppError> {
  if (err instanceof AppError) return err;
  if (isFsError(err)) return fileReadError(snapshot.file, err);
  return (await changeOf(snapshot)) ?? damaged();
}

async function changeOf(snapshot: FileSnapshot): Promise<AppError | null> {
  let stat: { size: number; mtimeMs: number };
  try {
    stat = await fs.stat(snapshot.file);
  } catch (err) {
    return fileReadError(snapshot.file, err);
  }
  if (stat.size === snapshot.size && stat.mtimeMs === snapshot.mtimeMs) return null;
  return new AppError(
    `文件${quotedFileName(snapshot.file)}在导入过程中被修改或截短（可能正在复制、下载或被其他程序保存），没有导入任何数据。请等文件保存或复制完成后重新导入。`,
    { cause: `file changed while read: ${snapshot.size} bytes → ${stat.size}, mtime ${snapshot.mtimeMs} → ${stat.mtimeMs}` },
  );
}

function isFsError(err: unknown): err is NodeJS.ErrnoException {
  return (
    err instanceof Error &&
    typeof (err as NodeJS.ErrnoException).code === 'string' &&
    typeof (err as NodeJS.ErrnoException).syscall === 'string'
  );
}

/** An error of the file system met while a file is read, in Chinese; the English goes to the log. */
export function fileReadError(file: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  const name = quotedFileName(file);
  const message =
    code === 'ENOENT'
      ? `文件在导入过程中被删除或移动：${name}。没有导入任何数据，请确认文件还在原处后重新导入。`
      : code === 'EISDIR'
        ? `${name}是一个文件夹，请选择文件。`
        : code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
          ? `无法读取文件${name}：文件可能正被其他程序占用，或没有读取权限，没有导入任何数据。请关闭 Excel 等程序后重试。`
          : `读取文件${name}时磁盘或网络出错，没有导入任何数据。请把文件复制到本机后重新导入。`;
  return new AppError(message, { cause: `${code ?? 'unknown'}: ${String(err)}` });
}
