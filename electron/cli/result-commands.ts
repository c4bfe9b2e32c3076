import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { ResultImportOutcome, ResultImportRow } from '../core/results/result-import-types.ts';
import { findTaskId } from '../core/tasks/task-service.ts';
import type { CliSession } from './session.ts';

/** `shuangsuiji results set|import [--dry-run]`. */
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
    .description('从 Excel 导入检查结果（列：任务编号、统一社会信用代码、检查结果、检查日期…）；先用 --dry-run 预览')
    .option('--task <task>', '文件没有“任务编号”列时，结果所属的任务')
    .option('--dry-run', '只预览：列出新增、更改（每项的原值和新值）、不变和不导入的行，不写入')
    .option('--skip-refused', '有问题的行不导入，其余的行照常导入（默认：有任何问题就都不导入）')
    .action(async (file: string, o: { task?: string; dryRun?: boolean; skipRefused?: boolean }) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'results:import', { path: path.resolve(file), task: o.task, dryRun: o.dryRun ?? false, skipRefused: o.skipRefused });
      out.print(r, importLines);
    });
}

const n = (k: number, measure: string) => `${k} ${measure}`;

/** The preview or the import in words: counts, then each changed field as 原值 → 新值. */
function importLines(r: ResultImportOutcome): string[] {
  const { counts } = r;
  const tally = `新增 ${n(counts.new, '户')}，更改 ${n(counts.changed, '户')}，不变 ${n(counts.unchanged, '户')}${counts.refused ? `，不导入 ${n(counts.refused, '行')}` : ''}`;
  const tasks = r.tasks.length ? `（任务 ${r.tasks.join('、')}）` : '';
  const lines = r.dryRun
    ? [`预览“${r.fileName}”${tasks}：${tally}。没有写入任何数据。`]
    : r.written > 0
      ? [`已从“${r.fileName}”导入 ${r.written} 户的检查结果${tasks}：${tally}。`]
      : [`“${r.fileName}”中没有需要写入的新结果或更改（${tally}），没有写入任何数据。`];
  if (r.dryRun && counts.new + counts.changed === 0) lines.push('文件中没有需要写入的新结果或更改。');
  const row = (x: ResultImportRow) => `  第 ${x.row} 行 ${x.name || '—'}（${x.code || '无代码'}）`;
  const changed = r.rows.filter((x) => x.verdict === 'changed');
  if (changed.length) lines.push(r.dryRun ? '将更改：' : '已更改：', ...changed.flatMap((x) => [row(x), ...x.changes.map((c) => `    ${c.label}：${c.old || '（空）'} → ${c.new || '（空）'}`)]));
  const added = r.rows.filter((x) => x.verdict === 'new');
  if (added.length) lines.push(r.dryRun ? '将新增：' : '已新增：', ...added.map((x) => `${row(x)}：${x.changes.find((c) => c.field === 'codes')?.new ?? ''}`));
  const refused = r.rows.filter((x) => x.verdict === 'refused');
  if (refused.length) lines.push(r.dryRun ? '不会导入的行：' : '没有导入的行：', ...refused.flatMap((x) => x.reasons.map((reason) => `  ${reason}`)));
  return lines;
}
