import { z } from 'zod';
import { previewPool } from '../../core/draw/pool-preview.ts';
import { listPlans, planInputSchema, savePlan } from '../../core/tasks/plan-service.ts';
import { taskInputSchema } from '../../core/tasks/task-schema.ts';
import { deleteTask, findTaskId, getTask, listTasks, saveTask } from '../../core/tasks/task-service.ts';
import { call } from '../define.ts';
import { byId, deleted, id, nothing } from './shared.ts';

/** 年度抽查工作计划 and the 抽查任务 under them, up to the draw. */
export const taskCalls = {
  'plans:list': call(nothing, '列出年度抽查工作计划', (ctx) => listPlans(ctx.db)),
  'plans:save': call(z.object({ id: id.optional(), plan: planInputSchema }), '新建或修改年度抽查工作计划', (ctx, input) =>
    savePlan(ctx.db, input),
  ),
  'tasks:list': call(nothing, '列出抽查任务', (ctx) => listTasks(ctx.db)),
  'tasks:get': call(byId, '查看抽查任务', (ctx, { id }) => getTask(ctx.db, id)),
  'tasks:find': call(
    z.object({ ref: z.string({ error: '请写明任务编号' }).trim().min(1, '请写明任务编号').max(50, '任务编号过长') }),
    '按任务编号（如 2026-3）或内部编号查找抽查任务',
    (ctx, { ref }) => getTask(ctx.db, findTaskId(ctx.db, ref)),
  ),
  'tasks:save': call(z.object({ id: id.optional(), task: taskInputSchema }), '新建或修改抽查任务（抽取前）', (ctx, input) =>
    saveTask(ctx.db, input),
  ),
  'tasks:delete': call(byId, '删除尚未抽取的任务', (ctx, { id }) => deleted(deleteTask(ctx.db, id))),
  'tasks:poolPreview': call(byId, '抽取前查看候选名单规模', (ctx, { id }) => previewPool(ctx.db, id)),
} as const;
