import { z } from 'zod';
import { deleteRoster, listRosters, saveRoster } from '../../core/rosters/roster-service.ts';
import { call } from '../define.ts';
import { byId, deleted, id, nothing } from './shared.ts';

/** 名录: named lists of entities, each with the 抽查事项 it serves. */
export const rosterCalls = {
  'rosters:list': call(nothing, '列出名录', (ctx) => listRosters(ctx.db)),
  'rosters:save': call(
    z.object({
      id: id.optional(),
      // Blank and length are the core's to judge, after it folds white space.
      name: z.string({ error: '名录名称不能为空' }),
      notes: z.string().max(500, '备注不能超过 500 字').optional(),
      itemIds: z.array(id).max(500, '适用的抽查事项不能超过 500 个'),
    }),
    '新增或修改名录及其适用的抽查事项',
    (ctx, input) => saveRoster(ctx.db, input),
  ),
  'rosters:delete': call(byId, '删除名录（名录中的市场主体保留）', (ctx, { id }) => deleted(deleteRoster(ctx.db, id))),
} as const;
