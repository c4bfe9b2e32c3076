import type { FileFilter } from '../../../electron/api/files.ts';
import { files } from '../api/client.ts';

export const PDF: FileFilter[] = [{ name: 'PDF 文件', extensions: ['pdf'] }];
export const XLSX: FileFilter[] = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * The save flow of one written document: the clerk picks where (null when she cancels), the core
 * writes it there, and the door hands it over (a download in the browser). Returns the path.
 */
export async function saveDocument(
  title: string,
  defaultName: string,
  filters: FileFilter[],
  write: (path: string) => Promise<unknown>,
): Promise<string | null> {
  const path = await files.pickSave({ title, defaultName, filters });
  if (path === null) return null;
  await write(path);
  await files.deliver(path);
  return path;
}

/** 打印 where the door has a print preview (Electron); otherwise the PDF opens (a browser tab). */
export function printOrOpen(path: string): Promise<void> {
  return files.print ? files.print(path) : files.open(path);
}

export const canPrint = () => files.print !== undefined;
