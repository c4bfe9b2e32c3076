import { z } from 'zod';
import { STATS_VIEWS } from '../../core/stats/stats-types.ts';
import { workStats } from '../../core/stats/stats-service.ts';
import { call } from '../define.ts';
import { outFile } from './shared.ts';

const year = z.number({ error: '年份必须是数字' }).int('年份必须是整数').min(2000, '年份不早于 2000').max(2100, '年份不晚于 2100');

/** 抽查工作情况统计: on screen one view at a time, to Excel with one sheet per view. */
export const statsCalls = {
  'stats:get': call(
    z.object({
      by: z.enum(STATS_VIEWS, {
        error:
          '统计方式只能是 task（任务）、item（检查事项）、area（区域）、authority（登记机关）、month（月份）、class（信用风险分类）或 department（部门）',
      }),
      year: year.optional(),
    }),
    '抽查工作情况统计：按任务、检查事项、区域、登记机关、月份、信用风险分类或部门（联合抽查每个部门各计一次）',
    (ctx, { by, year }) => workStats(ctx.db, by, year),
  ),
  'stats:export': call(
    z.object({ year: year.optional(), path: outFile }),
    '导出抽查工作情况统计表（Excel，每种统计方式一个工作表）',
    async (ctx, { year, path }) => (await import('../../core/stats/stats-export.ts')).exportStatsXlsx(ctx.db, year, path),
  ),
} as const;
