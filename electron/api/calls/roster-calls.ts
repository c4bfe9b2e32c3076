import { z } from 'zod';
import { entityFilterSchema, entityQuerySchema, type EntityFacets, type EntityPage } from '../../core/entities/entity-query.ts';
import { entityInputSchema } from '../../core/entities/entity-schema.ts';
import type { EntityDetail } from '../../core/entities/entity-service.ts';
import type { ImportInspection } from '../../core/import/inspect-file.ts';
import type { ImportResult } from '../../core/import/run-import.ts';
import type { Conflict } from '../../core/inspectors/conflict-service.ts';
import { inspectorInputSchema, type Inspector } from '../../core/inspectors/inspector-schema.ts';
import type { InspectorTagCount } from '../../core/inspectors/inspector-service.ts';
import type { JobStatus } from '../../core/jobs/job-registry.ts';
import type { Roster } from '../../core/rosters/roster-service.ts';
import { call } from '../define.ts';
import { byId, id, inFile, jobId, nothing, outFile, type ExportResult } from './shared.ts';

const importKind = z.enum(['entities', 'inspectors', 'conflicts']);

/** The 名录库: entities, inspectors, 回避, rosters, and the import wizard with its jobs. */
export const rosterCalls = {
    'import:inspect': call(
    z.object({ kind: importKind, path: inFile, sheet: z.string().optional() }),
    '读取导入文件的工作表、表头和列对应关系',
  ).returns<ImportInspection>(),
    'import:start': call(
    z.object({
      kind: importKind,
      path: inFile,
      sheet: z.string().min(1),
      headerRow: z.number().int().positive(),
      columns: z.record(z.string(), z.number().int().min(0)),
      roster: z.string().max(50, '名录名称不能超过 50 字').optional(),
      acceptFlagged: z.boolean().optional(),
      // Per field (key or 中文列名), per value as written: the value to store ('' = leave empty).
      // The core checks fields, written values and stored values, and says what is wrong in Chinese.
      valueMaps: z.record(z.string(), z.record(z.string(), z.string())).optional(),
      /** Where valueMaps came from (a --map-values file), named in messages. */
      valueMapsSource: z.string().max(300).optional(),
      dryRun: z.boolean(),
    }),
    '开始导入（预览或正式写入），返回任务编号',
  ).returns<JobStatus<ImportResult>>(),
    'import:report': call(jobId.extend({ path: outFile }), '把导入中未导入的行写成 Excel 错误报告').returns<ExportResult>(),
    'import:template': call(z.object({ kind: importKind, path: outFile }), '下载空白导入模板').returns<ExportResult>(),
    'jobs:get': call(jobId, '查看任务进度').returns<JobStatus>(),
    'jobs:wait': call(jobId, '等待任务结束').returns<JobStatus>(),
    'jobs:cancel': call(jobId, '取消任务（不写入任何数据）').returns<JobStatus>(),
    'entities:query': call(entityQuerySchema, '查询检查对象名录（搜索、筛选、分页）').returns<EntityPage>(),
    'entities:facets': call(nothing, '名录中已有的区域、登记机关、管辖单位、行业、登记状态和名录').returns<EntityFacets>(),
    'entities:get': call(byId, '查看市场主体详情和修改记录').returns<EntityDetail>(),
    'entities:save': call(
    z.object({
      id: id.optional(),
      entity: entityInputSchema.extend({ code: z.string({ error: '统一社会信用代码不能为空' }) }),
      acceptFlagged: z.boolean().optional(),
      rosters: z.array(z.string()).optional(),
    }),
    '新增或修改一个市场主体',
  ).returns<EntityDetail>(),
    'entities:export': call(entityFilterSchema.extend({ path: outFile }), '导出当前筛选的名录为 Excel').returns<ExportResult>(),
    'rosters:list': call(nothing, '列出名录').returns<Roster[]>(),
    'rosters:save': call(
    z.object({ id: id.optional(), name: z.string(), notes: z.string().optional(), itemIds: z.array(id) }),
    '新增或修改名录及其适用的抽查事项',
  ).returns<Roster>(),
    'rosters:delete': call(byId, '删除名录（名录中的市场主体保留）').returns<{ deleted: true }>(),
    'inspectors:list': call(
    z.object({ search: z.string().max(100).optional(), tag: z.string().max(50).optional() }),
    '列出执法检查人员（搜索；按执法领域/业务专长筛选）',
  ).returns<Inspector[]>(),
    'inspectors:tags': call(nothing, '执法人员已有的执法领域/业务专长及人数').returns<InspectorTagCount[]>(),
    'inspectors:get': call(byId, '查看执法检查人员').returns<Inspector>(),
    'inspectors:save': call(
    z.object({ id: id.optional(), inspector: inspectorInputSchema }),
    '新增或修改执法检查人员',
  ).returns<Inspector>(),
    'inspectors:export': call(
    z.object({ search: z.string().optional(), tag: z.string().max(50).optional(), path: outFile }),
    '导出执法检查人员名录',
  ).returns<ExportResult>(),
    'conflicts:list': call(
    z.object({ inspectorId: id.optional(), entityId: id.optional() }),
    '列出回避关系',
  ).returns<Conflict[]>(),
    'conflicts:declare': call(
    z.object({ inspectorId: id, entityCode: z.string(), reason: z.string() }),
    '登记回避关系',
  ).returns<Conflict>(),
    'conflicts:remove': call(byId, '删除回避关系').returns<{ deleted: true }>(),
} as const;
