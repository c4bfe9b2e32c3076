import type { ExportResult } from '../../../electron/api/types.ts';
import type { FileFilter } from '../../../electron/api/files.ts';
import { files } from '../api/client.ts';

export const XLSX_FILTER: FileFilter = { name: 'Excel 工作簿', extensions: ['xlsx'] };

/** What the import wizard reads: Excel workbooks old and new, WPS .et, and CSV. */
export const TABLE_FILTER: FileFilter = { name: '表格文件（Excel、WPS、CSV）', extensions: ['xlsx', 'xls', 'et', 'csv'] };

/**
 * Asks where to save an .xlsx, lets the core write it there, and hands the file over (a download
 * in the browser). Resolves null when the clerk cancels the save dialog.
 */
export async function saveXlsx(
  title: string,
  defaultName: string,
  write: (path: string) => Promise<ExportResult>,
): Promise<ExportResult | null> {
  const path = await files.pickSave({ title, defaultName, filters: [XLSX_FILTER] });
  if (!path) return null;
  const result = await write(path);
  await files.deliver(result.path);
  return result;
}
