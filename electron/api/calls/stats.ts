import { z } from 'zod';
import { resultStats } from '../../core/stats/stats-service.ts';
import { call } from '../define.ts';
import { outFile } from './shared.ts';

const year = z.number({ error: '年份必须是数字' }).int('年份必须是整数').min(2000, '年份不早于 2000').max(2100, '年份不晚于 2100');

/** 统计 of results: on screen by one dimension, to Excel with one sheet per dimension. */
export const statsCalls = {
  'stats:get': call(
    z.object({
      dimension: z.enum(['task', 'item', 'area', 'code', 'risk'], { error: '统计维度只能是 task、item、area、code 或 risk' }),
      year: year.optional(),
    }),
    '按任务、事项、区域、结果、风险分类统计',
    (ctx, { dimension, year }) => resultStats(ctx.db, dimension, year),
  ),
  'stats:export': call(z.object({ year: year.optional(), path: outFile }), '导出统计表', async (ctx, { year, path }) =>
    (await import('../../core/stats/stats-export.ts')).exportStatsXlsx(ctx.db, year, path),
  ),
} as const;
