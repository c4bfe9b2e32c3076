import { z } from 'zod';
import {
  assignNationalCodes,
  assignPlanNationalCode,
  nationalCodes,
  setPlanNationalCode,
  setTaskNationalCode,
} from '../../core/tasks/national-code.ts';
import { call } from '../define.ts';
import { id, outFile } from './shared.ts';

const actor = z.string({ error: '操作人必须是文字' }).trim().max(30, '操作人不能超过 30 字').optional();
const code = z.string({ error: '公示系统编号必须是文字' }).max(40, '公示系统编号不能超过 40 个字符');

/**
 * 国家企业信用信息公示系统: the 公示系统编号 of tasks and plans (beside the bureau's own 编号) and the
 * sheet of published results in the system's public fields.
 */
export const gsxtCalls = {
  'gsxt:codes': call(z.object({ taskId: id }), '查看任务及其计划的公示系统编号', (ctx, { taskId }) => nationalCodes(ctx.db, taskId)),
  'gsxt:assign': call(z.object({ taskId: id, actor }), '为任务（及其计划）生成尚缺的公示系统编号', (ctx, { taskId, actor }) =>
    assignNationalCodes(ctx.db, taskId, actor),
  ),
  'gsxt:setTaskCode': call(z.object({ taskId: id, code, actor }), '填写公示系统给出的任务编号（留空则清除）', (ctx, i) =>
    setTaskNationalCode(ctx.db, i.taskId, i.code, i.actor),
  ),
  'gsxt:assignPlan': call(z.object({ planId: id, actor }), '为年度抽查工作计划生成尚缺的公示系统编号', (ctx, { planId, actor }) =>
    assignPlanNationalCode(ctx.db, planId, actor),
  ),
  'gsxt:setPlanCode': call(z.object({ planId: id, code, actor }), '填写公示系统给出的计划编号（留空则清除）', (ctx, i) =>
    setPlanNationalCode(ctx.db, i.planId, i.code, i.actor),
  ),
  'gsxt:export': call(
    z.object({ taskId: id, path: outFile, actor, departmentId: id.optional() }),
    '导出公示系统表（已公示的检查结果，Excel）；联合抽查含各部门已公示的结果，或只含指定部门的',
    async (ctx, i) => (await import('../../core/publication/gsxt-export.ts')).exportGsxt(ctx.db, i.taskId, i.path, i.actor, i.departmentId),
  ),
} as const;
