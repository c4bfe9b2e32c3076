import { z } from 'zod';
import type { AuditEntry, ChainCheck } from '../../core/audit/audit-log.ts';
import type { DrawRecord } from '../../core/draw/draw-read.ts';
import type { DrawVerification } from '../../core/draw/draw-verify.ts';
import type { PoolPreview } from '../../core/draw/pool-preview.ts';
import type { PublicationRow } from '../../core/publication/publication-service.ts';
import type { ResultImportOutcome } from '../../core/results/result-import-types.ts';
import { resultInputSchema, type ResultCode, type TaskResultRow } from '../../core/results/result-schema.ts';
import type { StatsRow } from '../../core/stats/stats-service.ts';
import { taskInputSchema, type Task } from '../../core/tasks/task-schema.ts';
import { planInputSchema, type Plan } from '../../core/tasks/plan-service.ts';
import { call } from '../define.ts';
import { byId, id, inFile, nothing, outFile, type ExportResult } from './shared.ts';

/** Tasks, draws, results, 公示 and statistics. */
export const drawCalls = {
  'plans:list': call(nothing, '列出年度抽查工作计划').returns<Plan[]>(),
  'plans:save': call(z.object({ id: id.optional(), plan: planInputSchema }), '新建或修改年度抽查工作计划').returns<Plan>(),
    'tasks:list': call(nothing, '列出抽查任务').returns<Task[]>(),
    'tasks:get': call(byId, '查看抽查任务').returns<Task>(),
    'tasks:find': call(
    z.object({ ref: z.string({ error: '请写明任务编号' }).trim().min(1, '请写明任务编号').max(50, '任务编号过长') }),
    '按任务编号（如 2026-3）或内部编号查找抽查任务',
  ).returns<Task>(),
    'tasks:save': call(z.object({ id: id.optional(), task: taskInputSchema }), '新建或修改抽查任务（抽取前）').returns<Task>(),
    'tasks:delete': call(byId, '删除尚未抽取的任务').returns<{ deleted: true }>(),
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
    z.object({ taskId: id, entityIds: z.array(id).min(1, '请选择检查对象'), result: resultInputSchema, presentAsTeam: z.boolean().optional(), actor: z.string().optional() }),
    '录入（或批量设置）检查结果',
  ).returns<TaskResultRow[]>(),
    'results:import': call(
    z.object({
      path: inFile,
      task: z.string().optional(),
      /** true: only say what would change (new / changed / unchanged / refused), write nothing. */
      dryRun: z.boolean().default(false),
      /** Write the good rows although some are refused (the clerk saw them in the preview). */
      skipRefused: z.boolean().optional(),
      /** The preview's fingerprint: the import is refused if the file or the results changed since. */
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/, '预览标识无效，请重新预览后再导入').optional(),
    }),
    '从 Excel 导入检查结果（先预览：新增、更改、不变、不导入的行和每项更改的前后值）',
  ).returns<ResultImportOutcome>(),
    'results:codes': call(nothing, '检查结果代码表').returns<ResultCode[]>(),
    'results:saveCodes': call(z.object({ codes: z.array(z.unknown()) }), '修改检查结果代码表').returns<ResultCode[]>(),
    'publication:dashboard': call(nothing, '公示期限一览').returns<PublicationRow[]>(),
    'publication:mark': call(z.object({ taskId: id, date: z.string(), actor: z.string().optional() }), '标记任务结果已公示').returns<{ ok: true }>(),
    'stats:get': call(
    z.object({ dimension: z.enum(['task', 'item', 'area', 'code', 'risk']), year: z.number().int().optional() }),
    '按任务、事项、区域、结果、风险分类统计',
  ).returns<StatsRow[]>(),
    'stats:export': call(z.object({ year: z.number().int().optional(), path: outFile }), '导出统计表').returns<ExportResult>(),
} as const;
