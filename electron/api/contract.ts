import { z } from 'zod';
import { itemInputSchema, type Item } from '../core/items/item-schema.ts';
import type { ItemImportPreview, ItemImportSummary } from '../core/items/item-import-types.ts';
import { settingsSchema, type Settings } from '../core/settings/settings-service.ts';
import { entityFilterSchema, entityQuerySchema, type EntityPage } from '../core/entities/entity-query.ts';
import { entityInputSchema } from '../core/entities/entity-schema.ts';
import type { EntityDetail } from '../core/entities/entity-service.ts';
import type { ImportInspection } from '../core/import/inspect-file.ts';
import type { ImportResult } from '../core/import/run-import.ts';
import type { JobStatus } from '../core/jobs/job-registry.ts';
import { inspectorInputSchema, type Inspector } from '../core/inspectors/inspector-schema.ts';
import type { Conflict } from '../core/inspectors/conflict-service.ts';
import type { Roster } from '../core/rosters/roster-service.ts';
import type { ChainCheck, AuditEntry } from '../core/audit/audit-log.ts';
import type { DrawRecord } from '../core/draw/draw-read.ts';
import type { DrawVerification } from '../core/draw/draw-verify.ts';
import type { PoolPreview } from '../core/draw/pool-preview.ts';
import type { PublicationRow } from '../core/publication/publication-service.ts';
import { resultInputSchema, type ResultCode, type TaskResultRow } from '../core/results/result-schema.ts';
import type { StatsRow } from '../core/stats/stats-service.ts';
import { taskInputSchema, type Task } from '../core/tasks/task-schema.ts';
import { call, type ApiResult } from './define.ts';

const id = z.number({ error: '缺少编号' }).int().positive();
const byId = z.object({ id });
const file = z.object({ path: z.string({ error: '请选择文件' }).min(1, '请选择文件') });
const nothing = z.object({});
const importKind = z.enum(['entities', 'inspectors', 'conflicts']);
const jobId = z.object({ jobId: z.uuid('任务编号无效') });
const outFile = z.string({ error: '请选择保存位置' }).min(1, '请选择保存位置');

export interface AppInfo {
  version: string;
  dbPath: string;
}

export interface ExportResult {
  path: string;
  count: number;
}

/**
 * Every call the UI, the CLI and the preview host may make, named `domain:verb`. Electron's IPC,
 * the preview host's HTTP routes and the renderer's client are all derived from this one list.
 */
export const contract = {
  'app:info': call(nothing, '程序版本与数据库位置').returns<AppInfo>(),

  'items:list': call(
    z.object({ search: z.string().max(200, '搜索内容不能超过 200 字').optional(), includeRetired: z.boolean().optional() }),
    '列出抽查事项（可搜索）',
  ).returns<Item[]>(),
  'items:get': call(byId, '查看一个抽查事项').returns<Item>(),
  'items:create': call(itemInputSchema, '新增抽查事项').returns<Item>(),
  'items:update': call(z.object({ id, item: itemInputSchema }), '修改抽查事项').returns<Item>(),
  'items:move': call(
    z.object({ id, toSeq: z.number({ error: '序号必须是数字' }).int('序号必须是整数').positive('序号必须从 1 开始') }),
    '调整抽查事项序号',
  ).returns<Item[]>(),
  'items:retire': call(byId, '停用抽查事项').returns<Item>(),
  'items:restore': call(byId, '恢复已停用的抽查事项').returns<Item>(),
  'items:delete': call(byId, '删除未被引用的抽查事项').returns<{ deleted: true }>(),
  'items:importPreview': call(file, '预览从 Excel 导入抽查事项的变化').returns<ItemImportPreview>(),
  'items:importApply': call(file, '从 Excel 导入抽查事项（按名称合并）').returns<ItemImportSummary>(),
  'items:exportXlsx': call(file, '导出抽查事项清单为 Excel').returns<ExportResult>(),
  'items:exportPdf': call(file, '导出抽查事项清单为 PDF').returns<ExportResult>(),

  'import:inspect': call(
    z.object({ kind: importKind, path: z.string().min(1, '请选择文件'), sheet: z.string().optional() }),
    '读取导入文件的工作表、表头和列对应关系',
  ).returns<ImportInspection>(),
  'import:start': call(
    z.object({
      kind: importKind,
      path: z.string().min(1, '请选择文件'),
      sheet: z.string().min(1),
      headerRow: z.number().int().positive(),
      columns: z.record(z.string(), z.number().int().min(0)),
      roster: z.string().max(50, '名录名称不能超过 50 字').optional(),
      acceptFlagged: z.boolean().optional(),
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
  'entities:facets': call(nothing, '名录中已有的区域、行业、登记状态和名录').returns<{
    areas: string[];
    industries: string[];
    statuses: string[];
    rosters: string[];
  }>(),
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

  'inspectors:list': call(z.object({ search: z.string().max(100).optional() }), '列出执法检查人员').returns<Inspector[]>(),
  'inspectors:get': call(byId, '查看执法检查人员').returns<Inspector>(),
  'inspectors:save': call(
    z.object({ id: id.optional(), inspector: inspectorInputSchema }),
    '新增或修改执法检查人员',
  ).returns<Inspector>(),
  'inspectors:export': call(z.object({ search: z.string().optional(), path: outFile }), '导出执法检查人员名录').returns<ExportResult>(),
  'conflicts:list': call(
    z.object({ inspectorId: id.optional(), entityId: id.optional() }),
    '列出回避关系',
  ).returns<Conflict[]>(),
  'conflicts:declare': call(
    z.object({ inspectorId: id, entityCode: z.string(), reason: z.string() }),
    '登记回避关系',
  ).returns<Conflict>(),
  'conflicts:remove': call(byId, '删除回避关系').returns<{ deleted: true }>(),

  'tasks:list': call(nothing, '列出抽查任务').returns<Task[]>(),
  'tasks:get': call(byId, '查看抽查任务').returns<Task>(),
  'tasks:save': call(z.object({ id: id.optional(), task: taskInputSchema }), '新建或修改抽查任务（抽取前）').returns<Task>(),
  'tasks:poolPreview': call(byId, '抽取前查看候选名单规模').returns<PoolPreview>(),

  'draws:run': call(
    z.object({ taskId: id, operator: z.string(), witness: z.string() }),
    '抽取（立即记录，不可重抽）',
  ).returns<DrawRecord>(),
  'draws:get': call(byId, '查看抽取记录').returns<DrawRecord>(),
  'draws:list': call(z.object({ taskId: id }), '列出任务的全部抽取记录（含已作废）').returns<DrawRecord[]>(),
  'draws:verify': call(byId, '复核：按种子和冻结名单重算并比对').returns<DrawVerification>(),
  'draws:replace': call(
    z.object({ drawId: id, entityCode: z.string().min(1), certNo: z.string().min(1), reason: z.string(), operator: z.string().optional() }),
    '递补一名执法人员（随机，须写明理由）',
  ).returns<DrawRecord>(),
  'draws:void': call(z.object({ id, reason: z.string(), operator: z.string().optional() }), '作废抽取（须写明理由）').returns<DrawRecord>(),
  'draws:exportPool': call(z.object({ id, path: outFile }), '导出冻结的候选名单（CSV）').returns<ExportResult & { seed: string; poolHash: string }>(),
  'audit:verify': call(nothing, '校验审计日志和全部抽取记录的哈希链').returns<{ ok: boolean; audit: ChainCheck; draws: DrawVerification[] }>(),
  'audit:list': call(z.object({ limit: z.number().int().min(1).max(5000).optional() }), '最近的审计日志').returns<AuditEntry[]>(),

  'results:list': call(z.object({ taskId: id }), '任务的检查对象和检查结果').returns<TaskResultRow[]>(),
  'results:set': call(
    z.object({ taskId: id, entityIds: z.array(id).min(1, '请选择检查对象'), result: resultInputSchema, actor: z.string().optional() }),
    '录入（或批量设置）检查结果',
  ).returns<TaskResultRow[]>(),
  'results:import': call(z.object({ path: z.string().min(1, '请选择文件'), task: z.string().optional() }), '从 Excel 导入检查结果').returns<{ tasks: string[]; rows: number }>(),
  'resultCodes:list': call(nothing, '检查结果代码表').returns<ResultCode[]>(),
  'resultCodes:save': call(z.object({ codes: z.array(z.unknown()) }), '修改检查结果代码表').returns<ResultCode[]>(),
  'publication:dashboard': call(nothing, '公示期限一览').returns<PublicationRow[]>(),
  'publication:mark': call(z.object({ taskId: id, date: z.string(), actor: z.string().optional() }), '标记任务结果已公示').returns<{ ok: true }>(),
  'stats:get': call(
    z.object({ dimension: z.enum(['task', 'item', 'area', 'code', 'risk']), year: z.number().int().optional() }),
    '按任务、事项、区域、结果、风险分类统计',
  ).returns<StatsRow[]>(),
  'stats:export': call(z.object({ year: z.number().int().optional(), path: outFile }), '导出统计表').returns<ExportResult>(),

  'settings:get': call(nothing, '读取单位设置').returns<Settings>(),
  'settings:save': call(settingsSchema.partial(), '保存单位设置（未给出的项保持不变）').returns<Settings>(),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallParsed<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K]['output'];

/** The shape `window.api.call` and the preview client share. */
export type CallFn = <K extends CallName>(name: K, input: CallInput<K>) => Promise<ApiResult<CallOutput<K>>>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
