import { z } from 'zod';
import { getDraw, listDraws } from '../../core/draw/draw-read.ts';
import { replaceInspector } from '../../core/draw/draw-replace.ts';
import { abandonCeremony, listCeremonies, startCeremony } from '../../core/draw/draw-ceremony.ts';
import { runDraw, voidDraw } from '../../core/draw/draw-service.ts';
import { verifyDraw } from '../../core/draw/draw-verify.ts';
import { call } from '../define.ts';
import { byId, id, outFile } from './shared.ts';

const person = (label: string) => z.string({ error: `请填写${label}` }).max(30, `${label}不能超过 30 字`);
const reason = z.string({ error: '请写明理由' }).max(500, '理由不能超过 500 字');

/** 抽取: the draw itself, its record, 复核, 递补 and 作废. */
export const drawCalls = {
  'draws:start': call(
    z.object({ taskId: id, operator: person('操作人'), witness: person('监督人') }),
    '开始抽取：记录并显示承诺值，之后由同一位监督人输入随机数',
    (ctx, { taskId, operator, witness }) => startCeremony(ctx.db, taskId, { operator, witness }),
  ),
  'draws:abandon': call(
    z.object({ taskId: id, operator: person('操作人'), reason: z.string().max(500, '理由不能超过 500 字').optional() }),
    '放弃尚未完成的开始抽取（承诺值和秘密随机数留在记录中）',
    (ctx, { taskId, operator, reason }) => abandonCeremony(ctx.db, taskId, operator, reason ?? ''),
  ),
  'draws:ceremonies': call(z.object({ taskId: id }), '任务的每次开始抽取（含放弃的）', (ctx, { taskId }) => listCeremonies(ctx.db, taskId)),
  'draws:run': call(
    z.object({
      taskId: id,
      operator: person('操作人'),
      witness: person('监督人'),
      /** The witnessed draw; without it, the plain one-click draw (marked as such). */
      ceremony: z
        .object({
          id,
          witnessDigits: z.string({ error: '请监督人输入随机数' }).max(200, '监督人随机数过长'),
          publicValue: z.string().max(200, '公开随机值不能超过 200 个字').optional(),
        })
        .optional(),
    }),
    '抽取（立即记录，不可重抽）：完成开始抽取，或一键抽取',
    (ctx, { taskId, operator, witness, ceremony }) =>
      runDraw(
        ctx.db,
        taskId,
        { operator, witness },
        new Date(),
        ceremony
          ? { mode: 'witnessed', ceremonyId: ceremony.id, witnessDigits: ceremony.witnessDigits, publicValue: ceremony.publicValue }
          : { mode: 'plain' },
      ),
  ),
  'draws:get': call(byId, '查看抽取记录', (ctx, { id }) => getDraw(ctx.db, id)),
  'draws:list': call(z.object({ taskId: id }), '列出任务的全部抽取记录（含已作废）', (ctx, { taskId }) => listDraws(ctx.db, taskId)),
  'draws:verify': call(byId, '复核：按种子和冻结名单重算并比对', (ctx, { id }) => verifyDraw(ctx.db, id)),
  'draws:replace': call(
    z.object({
      drawId: id,
      entityCode: z.string().min(1, '请选择检查对象'),
      certNo: z.string().min(1, '请选择被递补的执法人员'),
      reason,
      operator: person('操作人').optional(),
    }),
    '递补一名执法人员（随机，须写明理由）',
    (ctx, input) => replaceInspector(ctx.db, input),
  ),
  'draws:void': call(
    z.object({ id, reason, operator: person('操作人').optional() }),
    '作废抽取（须写明理由）',
    (ctx, { id, reason, operator }) => voidDraw(ctx.db, id, reason, operator),
  ),
  'draws:export': call(z.object({ id, path: outFile }), '导出核验包（JSON）：独立核验抽取所需的全部数据', async (ctx, { id, path }) =>
    (await import('../../core/draw/draw-package.ts')).exportDrawPackage(ctx.db, id, path),
  ),
  'draws:exportPool': call(z.object({ id, path: outFile }), '导出冻结的候选名单（CSV）', async (ctx, { id, path }) =>
    (await import('../../core/draw/pool-export.ts')).exportPoolCsv(ctx.db, id, path),
  ),
} as const;
