import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { AppContext } from '../core/app-context.ts';
import type { CliSession } from './session.ts';
import { drawnEntityOf, taskOf } from './task-ref.ts';

const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，、]/)
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * --dept as typed (本局, the 单位名称, a department's full name, 简称 or id) as the department's id;
 * undefined when not given: a joint task's calls then refuse (联合抽查的检查结果按部门录入) or, for
 * a listing, show every department. The core checks the department belongs to the task.
 */
export async function departmentOf(ctx: AppContext, session: CliSession, given: string | undefined): Promise<number | undefined> {
  if (given === undefined) return undefined;
  const text = given.trim();
  const all = await invoke(ctx, 'departments:list', { includeRetired: true });
  const found = all.find((d) => (d.isOwn && text === '本局') || d.name === text || d.shortName === text || String(d.id) === text);
  return found?.id ?? session.fail(`部门“${text}”不在部门名单中（现有：${all.map((d) => d.name).join('、')}）。`);
}

/** --reviewer as given, else whoever is signed in on this PC (staff signin). */
async function reviewerOf(ctx: AppContext, session: CliSession, given: string | undefined): Promise<string> {
  if (given?.trim()) return given.trim();
  const current = await invoke(ctx, 'staff:current', {});
  return current.person?.name ?? session.fail('请用 --reviewer 写明审核员（或先用 staff signin 姓名 在本机登录）。');
}

/** `shuangsuiji results review|return`: 审核 and 退回, under `results`. */
export function registerResultReviewCommands(results: Command, session: CliSession): void {
  results
    .command('review <task>')
    .description('审核检查结果：--codes 所选各户，或 --all 全部待审核的；一人不能审核自己录入的结果，有一户不能审核则都不审核')
    .option('--codes <codes>', '要审核的统一社会信用代码，多个用逗号分隔')
    .option('--all', '审核该任务全部已录入、尚未审核的结果')
    .option('--reviewer <name>', '审核员（默认：本机当前登录的人员）')
    .option('--dept <name>', '部门联合抽查：审核哪个部门录入的结果（必填；本局、部门全称或简称）')
    .action(async (ref: string, o: { codes?: string; all?: boolean; reviewer?: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const codes = list(o.codes);
      if (!o.all && codes.length === 0) session.fail('请用 --codes 写明要审核的统一社会信用代码，或用 --all 审核全部待审核的结果。');
      if (o.all && codes.length > 0) session.fail('--codes 与 --all 只能选一个。');
      const task = await taskOf(ctx, ref);
      const reviewer = await reviewerOf(ctx, session, o.reviewer);
      const departmentId = await departmentOf(ctx, session, o.dept);
      const entityIds: number[] = [];
      for (const code of codes) entityIds.push((await drawnEntityOf(ctx, session, task, code)).entityId);
      const done = await invoke(ctx, 'results:review', {
        taskId: task.id,
        departmentId,
        ...(o.all ? { all: true } : { entityIds }),
        reviewer,
      });
      out.print({ task: task.code, reviewer, reviewed: done.entities }, (r) => [
        `${reviewer} 已审核任务 ${task.code} 的 ${r.reviewed.length} 户检查结果：${r.reviewed.map((e) => e.name).join('、')}`,
      ]);
    });
  results
    .command('return <task> <code>')
    .description('退回一户的检查结果给录入员，须写明理由（退回后为“已录入”，录入员修改后再审核）')
    .requiredOption('--reason <text>', '退回理由（不超过 200 字）')
    .option('--reviewer <name>', '审核员（默认：本机当前登录的人员）')
    .option('--dept <name>', '部门联合抽查：退回哪个部门录入的结果（必填；本局、部门全称或简称）')
    .action(async (ref: string, code: string, o: { reason: string; reviewer?: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const reviewer = await reviewerOf(ctx, session, o.reviewer);
      const departmentId = await departmentOf(ctx, session, o.dept);
      const row = await drawnEntityOf(ctx, session, task, code);
      await invoke(ctx, 'results:return', { taskId: task.id, departmentId, entityId: row.entityId, reason: o.reason, reviewer });
      out.print({ task: task.code, code: row.code, reviewer, reason: o.reason.trim() }, (r) => [
        `${reviewer} 已退回 ${row.name}（${r.code}）的检查结果，理由：${r.reason}`,
      ]);
    });
}
