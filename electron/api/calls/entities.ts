import { z } from 'zod';
import { entityFacets, entityFilterSchema, entityQuerySchema, queryEntities } from '../../core/entities/entity-query.ts';
import { entityInputSchema } from '../../core/entities/entity-schema.ts';
import { getEntityDetail, saveEntity } from '../../core/entities/entity-service.ts';
import { call } from '../define.ts';
import { byId, id, nothing, outFile } from './shared.ts';

/** The 检查对象名录库: the market entities. */
export const entityCalls = {
  'entities:query': call(entityQuerySchema, '查询检查对象名录（搜索、筛选、分页）', (ctx, query) => queryEntities(ctx.db, query)),
  'entities:facets': call(nothing, '名录中已有的区域、登记机关、管辖单位、行业、登记状态和名录', (ctx) => entityFacets(ctx.db)),
  'entities:get': call(byId, '查看市场主体详情和修改记录', (ctx, { id }) => getEntityDetail(ctx.db, id)),
  'entities:save': call(
    z.object({
      id: id.optional(),
      entity: entityInputSchema.extend({ code: z.string({ error: '统一社会信用代码不能为空' }) }),
      acceptFlagged: z.boolean().optional(),
      rosters: z.array(z.string()).optional(),
    }),
    '新增或修改一个市场主体',
    (ctx, input) => saveEntity(ctx.db, input),
  ),
  'entities:export': call(entityFilterSchema.extend({ path: outFile }), '导出当前筛选的名录为 Excel', async (ctx, { path, ...filter }) =>
    (await import('../../core/entities/entity-xlsx-export.ts')).exportEntitiesXlsx(ctx.db, filter, path),
  ),
} as const;
