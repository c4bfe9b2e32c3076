import type { ExportResult } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { saveXlsx } from '../common/save-xlsx.ts';
import { IMPORT_KIND_TEXT } from './import-kinds.ts';
import type { ImportKind } from './import-types.ts';

/** 下载导入模板: the header row the importer knows and one example row. */
export function downloadTemplate(kind: ImportKind): Promise<ExportResult | null> {
  return saveXlsx('保存导入模板', IMPORT_KIND_TEXT[kind].templateName, (path) => api.run('import:template', { kind, path }));
}

/** 下载错误报告: every row of the file that was not imported, with its row number and reason. */
export function downloadReport(jobId: string, fileName: string): Promise<ExportResult | null> {
  const base = fileName.replace(/\.(xlsx|xls|csv)$/i, '');
  return saveXlsx('保存错误报告', `${base}-未导入的行.xlsx`, (path) => api.run('import:report', { jobId, path }));
}
