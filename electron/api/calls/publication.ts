import { z } from 'zod';
import { correctPublication, publish } from '../../core/publication/publication-act.ts';
import { getPublication, listPublications, publicationReadiness } from '../../core/publication/publication-read.ts';
import { publicationDashboard } from '../../core/publication/publication-service.ts';
import { publishingDepartments } from '../../core/publication/publication-scope.ts';
import { getTask } from '../../core/tasks/task-service.ts';
import { call } from '../define.ts';
import { id, isoDate, nothing } from './shared.ts';

const date = isoDate('公示日期', '2026-12-20');
const actor = z.string().max(30, '操作人不能超过 30 字').optional();
const entityIds = z.array(id).max(5000, '一次公示不能超过 5000 户');
/** The publishing department of a joint task (谁检查、谁公开); left out for a single-department task (本局). */
const departmentId = id.optional();

/**
 * 公示 as an act: each publication is stored frozen, its SHA-256 in the audit chain. The old
 * publication:mark (a date with nothing stored) is gone: a 公示 is now what was published.
 */
export const publicationCalls = {
  'publication:dashboard': call(nothing, '公示期限一览', (ctx) => publicationDashboard(ctx.db)),
  'publication:publish': call(
    z.object({ taskId: id, departmentId, entityIds: entityIds.min(1, '分批公示请至少选择 1 个检查对象').optional(), date, actor }),
    '生成公示：公示已审核的检查结果（不指定检查对象时须全部已审核；指定时为分批公示），冻结保存；联合抽查由各部门公示本部门的结果',
    (ctx, input) => publish(ctx.db, input),
  ),
  'publication:correct': call(
    z.object({
      taskId: id,
      departmentId,
      entityIds: entityIds.min(1, '请至少选择 1 个要更正的检查对象'),
      reason: z.string().trim().max(200, '更正理由不能超过 200 字').optional(),
      date,
      actor,
    }),
    '生成更正公示：公示后修改并重新审核的检查结果，列明改动和更正理由',
    (ctx, input) => correctPublication(ctx.db, input),
  ),
  'publication:list': call(
    z.object({ taskId: id, departmentId }),
    '任务的公示记录，以及可公示、未审核和待更正公示的检查对象（联合抽查可按部门）',
    (ctx, { taskId, departmentId }) => ({
      publications: listPublications(ctx.db, taskId, departmentId),
      readiness: publicationReadiness(ctx.db, taskId, departmentId),
      /** A joint task's departments, each publishing its own results; empty for a single-department task. */
      departments: publishingDepartments(getTask(ctx.db, taskId)),
    }),
  ),
  'publication:get': call(z.object({ id }), '一次公示的冻结内容', (ctx, input) => getPublication(ctx.db, input.id)),
} as const;
