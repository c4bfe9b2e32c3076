import { z } from 'zod';
import { deleteRoster, listRosters, saveRoster } from '../../core/rosters/roster-service.ts';
import { call } from '../define.ts';
import { byId, deleted, id, nothing } from './shared.ts';

/** 名录: named lists of entities, each with the 抽查事项 it serves. */
export const rosterCalls = {
  'rosters:list': call(nothing, '列出名录', (ctx) => listRosters(ctx.db)),
  'rosters:save': call(
    z.object({ id: id.optional(), name: z.string(), notes: z.string().optional(), itemIds: z.array(id) }),
    '新增或修改名录及其适用的抽查事项',
    (ctx, input) => saveRoster(ctx.db, input),
  ),
  'rosters:delete': call(byId, '删除名录（名录中的市场主体保留）', (ctx, { id }) => deleted(deleteRoster(ctx.db, id))),
} as const;
