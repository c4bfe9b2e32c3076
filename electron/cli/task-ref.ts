import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import type { CliSession } from './session.ts';

export type Task = CallOutput<'tasks:find'>;

/** A task as the clerk names it: its printed 编号 (2026-003, 2026-3) or its id. */
export function taskOf(ctx: AppContext, ref: string): Promise<Task> {
  return invoke(ctx, 'tasks:find', { ref });
}

/** A whole number the clerk typed as an id (抽取记录 #5, 回避关系 3), or a refusal naming what it should be. */
export function idOf(session: CliSession, ref: string, what: string): number {
  const text = ref.trim().replace(/^#/, '');
  if (!/^\d+$/.test(text) || Number(text) < 1) session.fail(`${what}应为正整数（如 5），“${ref}”不是。`);
  return Number(text);
}

/** A draw by its id (5 or #5), or a task's 编号 (2026-001) meaning its live draw. */
export async function drawIdOf(ctx: AppContext, session: CliSession, ref: string): Promise<number> {
  if (!/^\d{4}-\d+$/.test(ref.trim())) return idOf(session, ref, '抽取记录编号（或任务编号如 2026-001）');
  const task = await taskOf(ctx, ref);
  return task.liveDrawId ?? session.fail(`任务 ${task.code} 还没有有效的抽取结果。`);
}

/** A drawn entity of a task by its 统一社会信用代码 as typed (any case, spaces around). */
export async function drawnEntityOf(ctx: AppContext, session: CliSession, task: Task, code: string) {
  const rows = await invoke(ctx, 'results:list', { taskId: task.id });
  const wanted = code.trim().toUpperCase();
  return rows.find((r) => r.code === wanted) ?? session.fail(`代码 ${code} 不在任务 ${task.code} 的抽取结果中。`);
}
