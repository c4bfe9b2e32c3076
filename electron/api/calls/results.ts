import { z } from 'zod';
import { listResultCodes, resultCodesSchema, saveResultCodes } from '../../core/results/result-codes.ts';
import { returnInputSchema, returnResult, reviewInputSchema, reviewResults } from '../../core/results/result-review.ts';
import { resultInputSchema } from '../../core/results/result-schema.ts';
import { setResults, taskResults } from '../../core/results/result-service.ts';
import { call } from '../define.ts';
import { id, inFile, nothing, outFile } from './shared.ts';
import { resultImportOptions } from './result-import-input.ts';

/** 检查结果: entry, bulk entry, Excel import, and the code list. */
export const resultCalls = {
  'results:list': call(
    z.object({ taskId: id, departmentId: id.optional() }),
    '任务的检查对象和检查结果（联合抽查：指定部门则只看该部门的，不指定则合并查看各部门的）',
    (ctx, { taskId, departmentId }) => taskResults(ctx.db, taskId, departmentId),
  ),
  'results:set': call(
    z.object({
      taskId: id,
      /** 联合抽查: the department entering ("谁检查、谁录入"); required there, 本局 otherwise. */
      departmentId: id.optional(),
      entityIds: z.array(id).min(1, '请选择检查对象'),
      result: resultInputSchema,
      presentAsTeam: z.boolean().optional(),
      actor: z.string().max(30, '录入人不能超过 30 字').optional(),
      /** 更正: required to change a result already published (the 更正公示 prints it). */
      correctionReason: z.string().max(200, '更正理由不能超过 200 字').optional(),
    }),
    '录入（或批量设置）检查结果；修改已公示的结果须填写更正理由',
    (ctx, input) => setResults(ctx.db, input),
  ),
  'results:import': call(
    z.object({
      path: inFile,
      task: z.string().optional(),
      /** 联合抽查: whose results the file holds; an exchanged department workbook names it on its cover. */
      departmentId: id.optional(),
      ...resultImportOptions,
    }),
    '从 Excel 导入检查结果（先预览：新增、更改、不变、不导入的行和每项更改的前后值）',
    async (ctx, { path, task, departmentId, dryRun, skipRefused, fingerprint, actor }) => {
      const { importResults, previewResultImport } = await import('../../core/results/result-import.ts');
      return dryRun
        ? previewResultImport(ctx.db, path, task, undefined, { departmentId })
        : importResults(ctx.db, path, task, undefined, { departmentId, skipRefused, fingerprint, actor });
    },
  ),
  'results:review': call(
    reviewInputSchema,
    '审核检查结果（所选或全部待审核的；一人不能审核自己录入的结果；有一户不能审核则都不审核）',
    (ctx, input) => reviewResults(ctx.db, input),
  ),
  'results:return': call(returnInputSchema, '退回检查结果给录入员（须写明理由）', (ctx, input) => returnResult(ctx.db, input)),
  'results:export': call(
    z.object({ taskId: id, departmentId: id.optional(), path: outFile }),
    '把任务的检查对象和检查结果（含每个检查事项的是否检查、发现问题、处置情况）导出为 Excel，可填写后再导入',
    async (ctx, { taskId, departmentId, path }) =>
      (await import('../../core/results/result-export.ts')).exportResults(ctx.db, taskId, path, departmentId),
  ),
  'results:codes': call(nothing, '检查结果代码表', (ctx) => listResultCodes(ctx.db)),
  'results:saveCodes': call(z.object({ codes: resultCodesSchema }), '修改检查结果代码表', (ctx, { codes }) =>
    saveResultCodes(ctx.db, codes),
  ),
} as const;
