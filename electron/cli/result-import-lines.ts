import type { CallOutput } from '../api/contract.ts';

type ResultImportOutcome = CallOutput<'exchange:import'>;
type ResultImportRow = ResultImportOutcome['rows'][number];

const n = (k: number, measure: string) => `${k} ${measure}`;

/**
 * A results import's preview or commit in words: counts (and the department, for a joint task's),
 * then each changed field as 原值 → 新值, the new results, and every refused row's reasons.
 */
export function resultImportLines(r: ResultImportOutcome): string[] {
  const { counts } = r;
  const tally = `新增 ${n(counts.new, '户')}，更改 ${n(counts.changed, '户')}，不变 ${n(counts.unchanged, '户')}${counts.refused ? `，不导入 ${n(counts.refused, '行')}` : ''}`;
  const whose = [r.tasks.length ? `任务 ${r.tasks.join('、')}` : '', r.department ?? ''].filter(Boolean).join('，');
  const tasks = whose ? `（${whose}）` : '';
  const lines = r.dryRun
    ? [`预览“${r.fileName}”${tasks}：${tally}。没有写入任何数据。`]
    : r.written > 0
      ? [`已从“${r.fileName}”导入 ${r.written} 户的检查结果${tasks}：${tally}。`]
      : [`“${r.fileName}”中没有需要写入的新结果或更改（${tally}），没有写入任何数据。`];
  if (r.dryRun && counts.new + counts.changed === 0) lines.push('文件中没有需要写入的新结果或更改。');
  const row = (x: ResultImportRow) => `  第 ${x.row} 行 ${x.name || '—'}（${x.code || '无代码'}）`;
  const changed = r.rows.filter((x) => x.verdict === 'changed');
  if (changed.length)
    lines.push(
      r.dryRun ? '将更改：' : '已更改：',
      ...changed.flatMap((x) => [row(x), ...x.changes.map((c) => `    ${c.label}：${c.old || '（空）'} → ${c.new || '（空）'}`)]),
    );
  const added = r.rows.filter((x) => x.verdict === 'new');
  if (added.length)
    lines.push(
      r.dryRun ? '将新增：' : '已新增：',
      ...added.map((x) => `${row(x)}：${x.changes.find((c) => c.field === 'codes')?.new ?? ''}`),
    );
  const refused = r.rows.filter((x) => x.verdict === 'refused');
  if (refused.length)
    lines.push(r.dryRun ? '不会导入的行：' : '没有导入的行：', ...refused.flatMap((x) => x.reasons.map((reason) => `  ${reason}`)));
  return lines;
}
