import { z } from 'zod';
import { call } from '../define.ts';
import { id, inFile, outFile } from './shared.ts';
import { resultImportOptions } from './result-import-input.ts';

/**
 * 部门交换: a joint task's part for a department that does not run this program goes out as one
 * workbook, and its filled 检查结果 sheet comes back through the results import for that department.
 */
export const exchangeCalls = {
  'exchange:export': call(
    z.object({ taskId: id, departmentId: id, path: outFile }),
    '导出联合抽查任务中一个部门的部分（说明、检查对象、执法人员、抽查事项、待填写的检查结果表），供未使用本程序的部门填写后交回',
    async (ctx, { taskId, departmentId, path }) =>
      (await import('../../core/exchange/exchange-export.ts')).exportExchange(ctx.db, taskId, departmentId, path),
  ),
  'exchange:import': call(
    z.object({
      taskId: id,
      /** The department whose file it is; when left out, the one the file's cover names. */
      departmentId: id.optional(),
      path: inFile,
      ...resultImportOptions,
    }),
    '导入部门交回的交换表中的检查结果（先预览；文件首页须是本任务、本部门的，否则整份不导入）',
    async (ctx, { taskId, departmentId, path, dryRun, skipRefused, fingerprint, actor }) => {
      const { importResults, previewResultImport } = await import('../../core/results/result-import.ts');
      const task = String(taskId);
      return dryRun
        ? previewResultImport(ctx.db, path, task, undefined, { departmentId })
        : importResults(ctx.db, path, task, undefined, { departmentId, skipRefused, fingerprint, actor });
    },
  ),
} as const;
