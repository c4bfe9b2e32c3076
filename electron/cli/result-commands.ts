import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import { findTaskId } from '../core/tasks/task-service.ts';
import type { CliSession } from './session.ts';

/** `shuangsuiji results set|import`. */
export function registerResultCommands(program: Command, session: CliSession): void {
  const results = program.command('results').description('检查结果');
  results
    .command('set <task> <code>')
    .description('录入一个检查对象的检查结果')
    .requiredOption('--result <codes>', '结果代码，多个用逗号分隔，如 1 或 4,A')
    .option('--date <date>', '检查日期')
    .option('--method <methods>', '核查方式，多个用逗号分隔')
    .option('--disposal <text>', '后续处置')
    .action(async (task: string, code: string, o: { result: string; date?: string; method?: string; disposal?: string }) => {
      const { ctx, out } = session.open();
      const taskId = findTaskId(ctx.db, task);
      const rows = await invoke(ctx, 'results:list', { taskId });
      const row = rows.find((r) => r.code === code.trim().toUpperCase()) ?? session.fail(`代码 ${code} 不在该任务的抽取结果中。`);
      await invoke(ctx, 'results:set', {
        taskId,
        entityIds: [row.entityId],
        result: { codes: o.result.split(/[,，、]/).map((c) => c.trim()), inspectedOn: o.date ?? null, methods: (o.method?.split(/[,，、]/) ?? []) as never, disposal: (o.disposal ?? '') as never },
      });
      out.print({ ok: true, task, code: row.code }, () => [`已录入 ${row.name} 的检查结果`]);
    });
  results
    .command('import <file>')
    .description('从 Excel 导入检查结果（列：任务编号、统一社会信用代码、检查结果、检查日期…）')
    .option('--task <task>', '文件没有“任务编号”列时，结果所属的任务')
    .action(async (file: string, o: { task?: string }) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'results:import', { path: path.resolve(file), task: o.task });
      out.print(r, (x) => [`已导入 ${x.rows} 条检查结果（任务 ${x.tasks.join('、')}）`]);
    });
}
