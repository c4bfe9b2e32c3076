import type { Command } from 'commander';
import dayjs from 'dayjs';
import { invoke } from '../api/dispatch.ts';
import type { AppContext } from '../core/app-context.ts';
import { invokeWithOptions } from './option-errors.ts';
import { departmentOf } from './result-review-commands.ts';
import type { CliSession } from './session.ts';
import { drawnEntityOf, taskOf } from './task-ref.ts';

/** --actor as given, else whoever is signed in on this PC, else nobody named. */
async function actorOf(ctx: AppContext, given: string | undefined): Promise<string> {
  if (given?.trim()) return given.trim();
  return (await invoke(ctx, 'staff:current', {})).person?.name ?? '';
}

const today = () => dayjs().format('YYYY-MM-DD');

/** `shuangsuiji dispositions list|close|reopen`: 后续处置 to their 完结. */
function registerDispositions(program: Command, session: CliSession): void {
  const dispositions = program.command('dispositions').description('后续处置：是否完结、完结日期、完结情况');
  dispositions
    .command('list')
    .description('需要后续处置的检查结果：任务、检查对象、后续处置、检查日期、已过天数、是否完结')
    .option('--open', '只看未完结的（最久的在前）')
    .action(async (o: { open?: boolean }) => {
      const { ctx, out } = session.open();
      const rows = await invoke(ctx, 'dispositions:list', { open: o.open === true });
      out.print(rows, (l) =>
        l.length === 0
          ? [o.open ? '没有未完结的后续处置。' : '没有需要后续处置的检查结果。']
          : l.map(
              (r) =>
                `${r.taskCode}\t${r.entityCode}\t${r.entityName}\t${r.departmentName ? `${r.departmentName}\t` : ''}` +
                `${r.disposal}\t检查 ${r.inspectedOn ?? '—'}\t` +
                (r.closed
                  ? `已完结 ${r.closedOn}（用时 ${r.ageDays ?? '—'} 天）：${r.closureNotes}`
                  : `未完结，已过 ${r.ageDays ?? '—'} 天`),
            ),
      );
    });
  dispositions
    .command('close <task> <code>')
    .description('登记一户的后续处置完结：完结日期和完结情况')
    .requiredOption('--date <date>', '完结日期，如 2026-12-20（不早于检查日期，不晚于今天）')
    .requiredOption('--notes <text>', '完结情况（不超过 500 字）')
    .option('--actor <name>', '经办人（默认：本机当前登录的人员）')
    .option('--dept <name>', '部门联合抽查：哪个部门的后续处置（同一户有两个部门的后续处置时必填）')
    .action(async (ref: string, code: string, o: { date: string; notes: string; actor?: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const row = await drawnEntityOf(ctx, session, task, code);
      const input = {
        taskId: task.id,
        entityId: row.entityId,
        departmentId: await departmentOf(ctx, session, o.dept),
        closedOn: o.date,
        closureNotes: o.notes,
        actor: await actorOf(ctx, o.actor),
      };
      const done = await invokeWithOptions(ctx, 'dispositions:close', input, {
        closedOn: '--date',
        closureNotes: '--notes',
        actor: '--actor',
      });
      out.print(done, (r) => [`已登记完结：${r.entityName}（${r.entityCode}）${r.disposal}，${r.closedOn} 完结：${r.closureNotes}`]);
    });
  dispositions
    .command('reopen <task> <code>')
    .description('撤销一户后续处置的完结，须写明理由')
    .requiredOption('--reason <text>', '撤销理由（不超过 200 字）')
    .option('--actor <name>', '经办人（默认：本机当前登录的人员）')
    .option('--dept <name>', '部门联合抽查：哪个部门的后续处置（同一户有两个部门的后续处置时必填）')
    .action(async (ref: string, code: string, o: { reason: string; actor?: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const row = await drawnEntityOf(ctx, session, task, code);
      const input = {
        taskId: task.id,
        entityId: row.entityId,
        departmentId: await departmentOf(ctx, session, o.dept),
        reason: o.reason,
        actor: await actorOf(ctx, o.actor),
      };
      const done = await invokeWithOptions(ctx, 'dispositions:reopen', input, { reason: '--reason', actor: '--actor' });
      out.print(done, (r) => [`已撤销完结：${r.entityName}（${r.entityCode}）的后续处置重新为未完结`]);
    });
}

/** `shuangsuiji abnormal list|done`: 无法联系 → 经营异常名录 within 10 working days. */
function registerAbnormal(program: Command, session: CliSession): void {
  const abnormal = program.command('abnormal').description('经营异常名录：检查发现无法联系的，10 个工作日内列入');
  abnormal
    .command('list')
    .description('检查发现无法联系的检查对象：任务、代码、名称、检查日期、列入期限、剩余工作日、状态')
    .action(async () => {
      const { ctx, out } = session.open();
      const rows = await invoke(ctx, 'deadlines:abnormal', {});
      out.print(rows, (l) =>
        l.length === 0
          ? ['没有检查发现无法联系的检查对象。']
          : l.map((r) => {
              const left = r.daysLeft === null ? '' : r.daysLeft < 0 ? `逾期 ${-r.daysLeft} 个工作日` : `剩 ${r.daysLeft} 个工作日`;
              const listed = r.listedOn ? ` ${r.listedOn}${r.decisionNo ? ` ${r.decisionNo}` : ''}` : '';
              return (
                `${r.taskCode}\t${r.entityCode}\t${r.entityName}\t${r.foundBy.length ? `${r.foundBy.join('、')}发现\t` : ''}` +
                `检查 ${r.foundOn ?? '—'}\t期限 ${r.deadline ?? '—'}\t${left}\t` +
                `${r.state}${listed}${r.deadlineNote ? `（${r.deadlineNote}）` : ''}`
              );
            }),
      );
    });
  abnormal
    .command('done <task> <code>')
    .description('登记一户已列入经营异常名录（再次登记即更正日期或文号）')
    .option('--date <date>', '列入日期，如 2026-12-20（默认：今天）')
    .option('--doc-no <text>', '列入经营异常名录决定书文号')
    .option('--actor <name>', '经办人（默认：本机当前登录的人员）')
    .action(async (ref: string, code: string, o: { date?: string; docNo?: string; actor?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const row = await drawnEntityOf(ctx, session, task, code);
      const input = {
        taskId: task.id,
        entityId: row.entityId,
        listedOn: o.date ?? today(),
        decisionNo: o.docNo ?? '',
        actor: await actorOf(ctx, o.actor),
      };
      const done = await invokeWithOptions(ctx, 'deadlines:record', input, {
        listedOn: '--date',
        decisionNo: '--doc-no',
        actor: '--actor',
      });
      out.print(done, (r) => [
        `已登记：${r.entityName}（${r.entityCode}）于 ${r.listedOn} 列入经营异常名录${r.decisionNo ? `，${r.decisionNo}` : ''}`,
      ]);
    });
}

/** `shuangsuiji overdue`: what is past its deadline or nearly so. */
function registerOverdue(program: Command, session: CliSession): void {
  program
    .command('overdue')
    .description('待办：已逾期和即将到期的公示、经营异常名录，以及未完结的后续处置数')
    .action(async () => {
      const { ctx, out } = session.open();
      const s = await invoke(ctx, 'deadlines:overdue', {});
      out.print(s, (r) => [
        `已逾期 ${r.overdue} 项，即将到期 ${r.dueSoon} 项，未完结的后续处置 ${r.openDispositions} 项`,
        ...r.publicationsOverdue.map((p) => `公示已逾期\t${p.code}\t${p.name}\t期限 ${p.deadline}`),
        ...r.abnormalOverdue.map((a) => `经营异常名录已逾期\t${a.taskCode}\t${a.entityCode}\t${a.entityName}\t期限 ${a.deadline}`),
        ...r.publicationsDueSoon.map((p) => `公示即将到期\t${p.code}\t${p.name}\t期限 ${p.deadline}`),
        ...r.abnormalDueSoon.map((a) => `经营异常名录即将到期\t${a.taskCode}\t${a.entityCode}\t${a.entityName}\t期限 ${a.deadline}`),
      ]);
    });
}

/** The 待办 commands: dispositions, abnormal, overdue. */
export function registerDispositionCommands(program: Command, session: CliSession): void {
  registerDispositions(program, session);
  registerAbnormal(program, session);
  registerOverdue(program, session);
}
