import { z } from 'zod';
import { getDraw, listDraws } from '../../core/draw/draw-read.ts';
import { replaceInspector } from '../../core/draw/draw-replace.ts';
import { runDraw, voidDraw } from '../../core/draw/draw-service.ts';
import { verifyDraw } from '../../core/draw/draw-verify.ts';
import { call } from '../define.ts';
import { byId, id, outFile } from './shared.ts';

const person = (label: string) => z.string({ error: `请填写${label}` }).max(30, `${label}不能超过 30 字`);
const reason = z.string({ error: '请写明理由' }).max(500, '理由不能超过 500 字');

/** 抽取: the draw itself, its record, 复核, 递补 and 作废. */
export const drawCalls = {
  'draws:run': call(z.object({ taskId: id, operator: person('操作人'), witness: person('监督人') }), '抽取（立即记录，不可重抽）', (ctx, { taskId, operator, witness }) =>
    runDraw(ctx.db, taskId, { operator, witness }),
  ),
  'draws:get': call(byId, '查看抽取记录', (ctx, { id }) => getDraw(ctx.db, id)),
  'draws:list': call(z.object({ taskId: id }), '列出任务的全部抽取记录（含已作废）', (ctx, { taskId }) => listDraws(ctx.db, taskId)),
  'draws:verify': call(byId, '复核：按种子和冻结名单重算并比对', (ctx, { id }) => verifyDraw(ctx.db, id)),
  'draws:replace': call(
    z.object({ drawId: id, entityCode: z.string().min(1, '请选择检查对象'), certNo: z.string().min(1, '请选择被递补的执法人员'), reason, operator: person('操作人').optional() }),
    '递补一名执法人员（随机，须写明理由）',
    (ctx, input) => replaceInspector(ctx.db, input),
  ),
  'draws:void': call(z.object({ id, reason, operator: person('操作人').optional() }), '作废抽取（须写明理由）', (ctx, { id, reason, operator }) =>
    voidDraw(ctx.db, id, reason, operator),
  ),
  'draws:exportPool': call(z.object({ id, path: outFile }), '导出冻结的候选名单（CSV）', async (ctx, { id, path }) =>
    (await import('../../core/draw/pool-export.ts')).exportPoolCsv(ctx.db, id, path),
  ),
} as const;
