import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CliSession } from './session.ts';
import { drawnEntityOf, taskOf } from './task-ref.ts';

const collect = (value: string, list: string[] = []) => [...list, value];

/** `docs notice|sheet|numbers|materials`: one entity's documents, the 文号 issued, the 资料 list. */
export function registerSingleDocCommands(docs: Command, session: CliSession): void {
  docs
    .command('notice <task> <code>')
    .description('生成一户的检查通知书（已有文号的沿用原文号和日期）')
    .requiredOption('--out <file>', '保存为 PDF 文件')
    .option('--date <date>', '新编文号的成文日期（默认今天），如 2026-11-24')
    .action(async (taskRef: string, code: string, o: { out: string; date?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, taskRef);
      const entity = await drawnEntityOf(ctx, session, task, code);
      const r = await invoke(ctx, 'docs:notice', { taskId: task.id, entityId: entity.entityId, path: path.resolve(o.out), date: o.date });
      out.print(r, (x) => [`已生成 ${entity.name} 的检查通知书${x.docNumber ? `（${x.docNumber}）` : ''}：${x.path}`]);
    });
  docs
    .command('sheet <task> <code>')
    .description('生成一户的随机抽查情况记录表')
    .requiredOption('--out <file>', '保存为 PDF 文件')
    .action(async (taskRef: string, code: string, o: { out: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, taskRef);
      const entity = await drawnEntityOf(ctx, session, task, code);
      const r = await invoke(ctx, 'docs:sheet', { taskId: task.id, entityId: entity.entityId, path: path.resolve(o.out) });
      out.print(r, (x) => [`已生成 ${entity.name} 的随机抽查情况记录表：${x.path}`]);
    });
  docs
    .command('numbers <task>')
    .description('列出任务已编发的文号（文号、成文日期、检查对象、文书）')
    .action(async (taskRef: string) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, taskRef);
      const numbers = await invoke(ctx, 'docs:numbers', { taskId: task.id });
      // The contract names document types in code words; the template list carries their Chinese names.
      const labels = new Map((await invoke(ctx, 'templates:list', {})).map((t) => [t.type, t.label]));
      out.print(numbers, (l) =>
        l.length
          ? l.map((n) => `${n.number}\t${n.issuedOn}\t${n.entityName}\t${labels.get(n.type) ?? n.type}`)
          : [`任务 ${task.code} 还没有编发文号。`],
      );
    });
  docs
    .command('materials <task>')
    .description('查看或修改任务检查通知书中“需要准备的资料”')
    .option('--set <text>', '改为这些资料（每项一个 --set，按顺序；序号由通知书自动编排）', collect)
    .option('--reset', '恢复默认清单')
    .action(async (taskRef: string, o: { set?: string[]; reset?: boolean }) => {
      const { ctx, out } = session.open();
      if (o.set && o.reset) session.fail('--set 和 --reset 只能选一个。');
      const task = await taskOf(ctx, taskRef);
      const changing = o.set !== undefined || o.reset === true;
      const materials = changing
        ? await invoke(ctx, 'docs:saveMaterials', { taskId: task.id, list: o.reset ? null : o.set })
        : await invoke(ctx, 'docs:materials', { taskId: task.id });
      out.print(materials, (m) => [
        `${changing ? '已保存' : '任务'} ${task.code} 需要准备的资料（${m.custom ? '本任务自定' : '默认清单'}，${m.list.length} 项）：`,
        ...m.list.map((entry, i) => `  ${i + 1}. ${entry}`),
      ]);
    });
}
