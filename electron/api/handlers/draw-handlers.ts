import { getDraw, listDraws } from '../../core/draw/draw-read.ts';
import { getSettings } from '../../core/settings/settings-service.ts';
import { deleteTask, findTaskId, getTask, listTasks, saveTask } from '../../core/tasks/task-service.ts';
import { listPlans, savePlan } from '../../core/tasks/plan-service.ts';
import { listAudit, verifyAuditChain } from '../../core/audit/audit-log.ts';
import { listResultCodes, saveResultCodes } from '../../core/results/result-codes.ts';
import { markPublished, publicationDashboard } from '../../core/publication/publication-service.ts';
import { previewPool } from '../../core/draw/pool-preview.ts';
import { replaceInspector } from '../../core/draw/draw-replace.ts';
import { resultStats } from '../../core/stats/stats-service.ts';
import { runDraw, voidDraw } from '../../core/draw/draw-service.ts';
import { setResults, taskResults } from '../../core/results/result-service.ts';
import { verifyAllDraws, verifyDraw } from '../../core/draw/draw-verify.ts';
import type { drawCalls } from '../calls/draw-calls.ts';
import type { HandlersFor } from './handler-types.ts';

export const drawHandlers: HandlersFor<typeof drawCalls> = {
  'plans:list': (ctx) => listPlans(ctx.db),
  'plans:save': (ctx, input) => savePlan(ctx.db, input),
  'tasks:list': (ctx) => listTasks(ctx.db),
  'tasks:get': (ctx, { id }) => getTask(ctx.db, id),
  'tasks:find': (ctx, { ref }) => getTask(ctx.db, findTaskId(ctx.db, ref)),
  'tasks:save': (ctx, input) => saveTask(ctx.db, input),
  'tasks:delete': (ctx, { id }) => {
    deleteTask(ctx.db, id);
    return { deleted: true };
  },
  'tasks:poolPreview': (ctx, { id }) => previewPool(ctx.db, id),
  'draws:run': (ctx, { taskId, operator, witness }) => runDraw(ctx.db, taskId, { operator, witness }),
  'draws:get': (ctx, { id }) => getDraw(ctx.db, id),
  'draws:list': (ctx, { taskId }) => listDraws(ctx.db, taskId),
  'draws:verify': (ctx, { id }) => verifyDraw(ctx.db, id),
  'draws:replace': (ctx, input) => replaceInspector(ctx.db, input),
  'draws:void': (ctx, { id, reason, operator }) => voidDraw(ctx.db, id, reason, operator),
  'draws:exportPool': async (ctx, { id, path: file }) => (await import('../../core/draw/pool-export.ts')).exportPoolCsv(ctx.db, id, file),
  'audit:verify': (ctx) => {
    const audit = verifyAuditChain(ctx.db);
    const draws = verifyAllDraws(ctx.db);
    return { ok: audit.ok && draws.every((d) => d.ok), audit, draws };
  },
  'audit:list': (ctx, { limit }) => listAudit(ctx.db, limit),
  'results:list': (ctx, { taskId }) => taskResults(ctx.db, taskId),
  'results:set': (ctx, input) => setResults(ctx.db, input),
  'results:import': async (ctx, { path: file, task, dryRun, skipRefused, fingerprint }) => {
    const { importResults, previewResultImport } = await import('../../core/results/result-import.ts');
    return dryRun ? previewResultImport(ctx.db, file, task) : importResults(ctx.db, file, task, undefined, { skipRefused, fingerprint });
  },
  'results:codes': (ctx) => listResultCodes(ctx.db),
  'results:saveCodes': (ctx, { codes }) => saveResultCodes(ctx.db, codes),
  'publication:dashboard': (ctx) => publicationDashboard(ctx.db),
  'publication:mark': (ctx, input) => {
    markPublished(ctx.db, input);
    return { ok: true };
  },
  'stats:get': (ctx, { dimension, year }) => resultStats(ctx.db, dimension, year),
  'stats:export': async (ctx, { year, path: file }) =>
    (await import('../../core/stats/stats-export.ts')).exportStatsXlsx(ctx.db, getSettings(ctx.db).bureauName, year, file),
};
