import type { AppContext } from '../../../electron/core/app-context.ts';
import { getDraw, type DrawnEntity, type DrawnInspector, type DrawRecord } from '../../../electron/core/draw/draw-read.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import type { Task } from '../../../electron/core/tasks/task-schema.ts';
import { PEOPLE } from '../draw/draw-fixtures.ts';
import { jointDesk, makeJointTask } from '../joint/joint-fixtures.ts';

/** The departments of `makeJointTask`, the lead (本局, under the 单位名称) first. */
export const DEPARTMENTS = ['大同县市场和质量监督管理局', '县应急管理局', '县卫生健康局'];
/** Their 简称, as the seal line and the contact lines print them (本局 has none: its name). */
export const SHORT_NAMES = ['大同县市场和质量监督管理局', '县应急局', '县卫健局'];

/**
 * A 部门联合抽查 drawn for documents: 本局 (two items, two inspectors per entity) with 县应急管理局
 * and 县卫生健康局 (one item and one inspector each), five entities, the bureau's contact set.
 */
export function drawnJointTask(ctx: AppContext): { task: Task; draw: DrawRecord; desk: ReturnType<typeof jointDesk> } {
  const desk = jointDesk(ctx.db);
  saveSettings(ctx.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
  const task = makeJointTask(ctx.db, desk, { count: 5 });
  const draw = runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'));
  return { task, draw: getDraw(ctx.db, draw.id), desk };
}

/** An entity's team as the documents list it: by department in the task's order, each in team order. */
export function teamInDepartmentOrder(entity: DrawnEntity): DrawnInspector[] {
  return DEPARTMENTS.flatMap((d) => entity.inspectors.filter((i) => i.departmentName === d));
}
