import { z } from 'zod';
import { markPublished, publicationDashboard } from '../../core/publication/publication-service.ts';
import { call } from '../define.ts';
import { id, isoDate, nothing } from './shared.ts';

/** 公示: deadlines and the mark that a task's results are published. */
export const publicationCalls = {
  'publication:dashboard': call(nothing, '公示期限一览', (ctx) => publicationDashboard(ctx.db)),
  'publication:mark': call(
    z.object({ taskId: id, date: isoDate('公示日期', '2026-12-20'), actor: z.string().max(30, '操作人不能超过 30 字').optional() }),
    '标记任务结果已公示',
    (ctx, input) => {
      markPublished(ctx.db, input);
      return { ok: true } as const;
    },
  ),
} as const;
