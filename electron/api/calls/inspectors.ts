import { z } from 'zod';
import { declareConflict, listConflicts, removeConflict } from '../../core/inspectors/conflict-service.ts';
import { inspectorInputSchema } from '../../core/inspectors/inspector-schema.ts';
import { getInspector, listInspectorTags, listInspectors, saveInspector } from '../../core/inspectors/inspector-service.ts';
import { call } from '../define.ts';
import { byId, deleted, id, nothing, outFile } from './shared.ts';

const inspectorQuery = z.object({
  search: z.string().max(100, '搜索内容不能超过 100 字').optional(),
  tag: z.string().max(50, '执法领域不能超过 50 字').optional(),
  /** Only this 所属部门's inspectors (1 = 本局). */
  departmentId: id.optional(),
});

/** The 执法检查人员名录库 and its 回避 relations. */
export const inspectorCalls = {
  'inspectors:list': call(inspectorQuery, '列出执法检查人员（搜索；按执法领域/业务专长、所属部门筛选）', (ctx, query) =>
    listInspectors(ctx.db, query),
  ),
  'inspectors:tags': call(nothing, '执法人员已有的执法领域/业务专长及人数', (ctx) => listInspectorTags(ctx.db)),
  'inspectors:get': call(byId, '查看执法检查人员', (ctx, { id }) => getInspector(ctx.db, id)),
  'inspectors:save': call(z.object({ id: id.optional(), inspector: inspectorInputSchema }), '新增或修改执法检查人员', (ctx, input) =>
    saveInspector(ctx.db, input),
  ),
  'inspectors:export': call(inspectorQuery.extend({ path: outFile }), '导出执法检查人员名录', async (ctx, { path, ...query }) =>
    (await import('../../core/inspectors/inspector-xlsx-export.ts')).exportInspectorsXlsx(ctx.db, query, path),
  ),
  'conflicts:list': call(z.object({ inspectorId: id.optional(), entityId: id.optional() }), '列出回避关系', (ctx, filter) =>
    listConflicts(ctx.db, filter),
  ),
  'conflicts:declare': call(
    z.object({
      inspectorId: id,
      entityCode: z.string({ error: '请选择市场主体' }).max(30, '统一社会信用代码过长'),
      reason: z.string({ error: '请填写回避原因' }).max(200, '回避原因不能超过 200 字'),
    }),
    '登记回避关系',
    (ctx, input) => declareConflict(ctx.db, input),
  ),
  'conflicts:remove': call(byId, '删除回避关系', (ctx, { id }) => deleted(removeConflict(ctx.db, id))),
} as const;
