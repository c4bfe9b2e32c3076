import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import { departmentOf } from './result-review-commands.ts';
import type { CliSession } from './session.ts';
import { taskOf } from './task-ref.ts';

/** `results export TASK --out FILE.xlsx`: the task's results, per 检查事项 too, as a sheet `results import` reads back. */
export function registerResultExportCommand(results: Command, session: CliSession): void {
  results
    .command('export <task>')
    .description('导出任务的检查对象和检查结果为 Excel（含每个检查事项的是否检查、发现问题、处置情况），填写后可用 results import 导入')
    .requiredOption('--out <file>', '保存为 Excel 文件（.xlsx）')
    .option('--dept <name>', '部门联合抽查：导出哪个部门的检查结果（必填；只含该部门的检查事项列）')
    .action(async (ref: string, o: { out: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const departmentId = await departmentOf(ctx, session, o.dept);
      const r = await invoke(ctx, 'results:export', { taskId: task.id, departmentId, path: path.resolve(o.out) });
      out.print(r, () => [`已导出任务 ${task.code} 的 ${r.count} 户（已录入 ${r.entered} 户）到 ${r.path}`]);
    });
}
