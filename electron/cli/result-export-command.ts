import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CliSession } from './session.ts';
import { taskOf } from './task-ref.ts';

/** `results export TASK --out FILE.xlsx`: the task's results, per 检查事项 too, as a sheet `results import` reads back. */
export function registerResultExportCommand(results: Command, session: CliSession): void {
  results
    .command('export <task>')
    .description('导出任务的检查对象和检查结果为 Excel（含每个检查事项的是否检查、发现问题、处置情况），填写后可用 results import 导入')
    .requiredOption('--out <file>', '保存为 Excel 文件（.xlsx）')
    .action(async (ref: string, o: { out: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const r = await invoke(ctx, 'results:export', { taskId: task.id, path: path.resolve(o.out) });
      out.print(r, () => [`已导出任务 ${task.code} 的 ${r.count} 户（已录入 ${r.entered} 户）到 ${r.path}`]);
    });
}
