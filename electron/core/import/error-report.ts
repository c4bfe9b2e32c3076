import { AppError } from '../errors.ts';
import type { JobRegistry } from '../jobs/job-registry.ts';
import { writeLargeTable } from '../xlsx/stream-table-writer.ts';
import type { ImportResult } from './run-import.ts';

/** The report of a finished import job; one still running has none yet. */
export async function writeJobImportReport(jobs: JobRegistry, jobId: string, outPath: string) {
  const result = jobs.status(jobId).result as ImportResult | null;
  if (!result) throw new AppError('该导入尚未完成，暂无错误报告。');
  return writeImportReport(result, outPath);
}

/**
 * The rows an import left out, each with its original row number, its values as the file had
 * them and the reason in Chinese, so the clerk can fix the source file and import again.
 */
async function writeImportReport(result: ImportResult, outPath: string) {
  const count = await writeLargeTable(outPath, {
    sheetName: '未导入的行',
    title: `${result.fileName} 未导入的行（共 ${result.errors.length} 行）`,
    columns: [
      { header: '原行号', width: 8, align: 'center' },
      ...result.headers.map((h) => ({ header: h || '（无标题）', width: Math.min(30, Math.max(10, h.length * 2 + 4)) })),
      { header: '原因', width: 50 },
    ],
    rows: result.errors.map((e) => [e.row, ...result.headers.map((_, i) => e.values[i] ?? ''), e.reason]),
    landscape: true,
  });
  return { path: outPath, count };
}
