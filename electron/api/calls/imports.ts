import { z } from 'zod';
import { inspectImportFile } from '../../core/import/inspect-file.ts';
import { startImportJob } from '../../core/import/import-job.ts';
import { call } from '../define.ts';
import { id, inFile, jobId, outFile } from './shared.ts';

const importKind = z.enum(['entities', 'inspectors', 'conflicts'], { error: '导入类型只能是 entities、inspectors 或 conflicts' });

/** The import wizard of the 名录库: look at a file, map its columns, preview, import as a job. */
export const importCalls = {
  'import:inspect': call(
    z.object({ kind: importKind, path: inFile, sheet: z.string().optional() }),
    '读取导入文件的工作表、表头和列对应关系',
    (ctx, { kind, path, sheet }) => inspectImportFile(ctx.db, kind, path, sheet),
  ),
  'import:start': call(
    z.object({
      kind: importKind,
      path: inFile,
      sheet: z.string().min(1, '请选择工作表'),
      headerRow: z.number().int('表头行号应为整数').positive('表头行号必须从 1 开始'),
      columns: z.record(z.string(), z.number().int('列号应为整数').min(0, '列号不能小于 0')),
      roster: z.string().max(50, '名录名称不能超过 50 字').optional(),
      acceptFlagged: z.boolean().optional(),
      // Per field (key or 中文列名), per value as written: the value to store ('' = leave empty).
      // The core checks fields, written values and stored values, and says what is wrong in Chinese.
      valueMaps: z.record(z.string(), z.record(z.string(), z.string())).optional(),
      /** Where valueMaps came from (a --map-values file), named in messages. */
      valueMapsSource: z.string().max(300, '取值对应关系来源不能超过 300 字').optional(),
      /** Inspectors: the department the list is imported for (1 = 本局), the 所属部门 of rows naming none. */
      departmentId: id.optional(),
      dryRun: z.boolean(),
    }),
    '开始导入（预览或正式写入），返回任务编号',
    (ctx, { kind, path, ...rest }) => startImportJob(ctx, { kind, file: path, ...rest }),
  ),
  'import:report': call(jobId.extend({ path: outFile }), '把导入中未导入的行写成 Excel 错误报告', async (ctx, { jobId, path }) =>
    (await import('../../core/import/error-report.ts')).writeJobImportReport(ctx.jobs, jobId, path),
  ),
  'import:template': call(z.object({ kind: importKind, path: outFile }), '下载空白导入模板', async (_ctx, { kind, path }) =>
    (await import('../../core/import/templates.ts')).writeImportTemplate(kind, path),
  ),
} as const;
