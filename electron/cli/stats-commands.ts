import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput, CallOutput } from '../api/contract.ts';
import type { CliSession } from './session.ts';

type By = CallInput<'stats:get'>['by'];
type Report = CallOutput<'stats:get'>;

/** --by in English or in the clerk's words. */
const VIEWS: Record<string, By> = {
  task: 'task',
  item: 'item',
  area: 'area',
  authority: 'authority',
  month: 'month',
  class: 'class',
  department: 'department',
  dept: 'department',
  任务: 'task',
  事项: 'item',
  检查事项: 'item',
  区域: 'area',
  登记机关: 'authority',
  月份: 'month',
  信用风险分类: 'class',
  风险分类: 'class',
  部门: 'department',
};

const BY_HELP = 'task 任务、item 检查事项、area 区域、authority 登记机关、month 月份、class 信用风险分类、department 部门';

function yearOf(session: CliSession, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) session.fail(`--year 应为四位年份，如 2026，“${text}”不行。`);
  return Number(text);
}

/** One line per bucket and the 合计: the main counts and rates, then the non-zero result codes and 后续处置. */
function reportLines(r: Report): string[] {
  if (r.rows.length === 0) return ['还没有有效的抽取，暂无统计。'];
  const line = (label: string, c: Report['total']) => {
    const codes = r.codes.filter((k) => c.byCode[k.code]).map((k) => `${k.code}:${c.byCode[k.code]}`);
    const disposals = r.disposals.filter((d) => c.byDisposal[d]).map((d) => `${d}:${c.byDisposal[d]}`);
    return [
      label,
      `基数 ${c.base}`,
      `比例 ${c.ratio.text}`,
      `户数 ${c.drawn}`,
      `已录入 ${c.entered}`,
      `已公示 ${c.published}`,
      `完成率 ${c.completion.text}`,
      `完结 ${c.closed}`,
      `完结率 ${c.closure.text}`,
      `结果 ${codes.join(' ') || '—'}`,
      `后续处置 ${disposals.join('；') || '—'}`,
    ].join('\t');
  };
  return [...r.rows.map((row) => line(row.label, row)), line('合计', r.total)];
}

/** `shuangsuiji stats [--by …] [--year Y]` and `stats export --out FILE.xlsx`: 抽查工作情况统计. */
export function registerStatsCommands(program: Command, session: CliSession): void {
  const stats = program
    .command('stats')
    .description('抽查工作情况统计：抽查基数、比例、户数、已公示、完成率、各结果代码和后续处置户数、完结数、完结率')
    .option('--by <view>', BY_HELP, 'task')
    .option('--year <year>', '只统计该年度的任务')
    .action(async (o: { by: string; year?: string }) => {
      const by = VIEWS[o.by.trim()] ?? session.fail(`--by 只能是 ${BY_HELP}，“${o.by}”不行。`);
      const year = yearOf(session, o.year);
      const { ctx, out } = session.open();
      out.print(await invoke(ctx, 'stats:get', { by, year }), reportLines);
    });
  stats
    .command('export [file]')
    .description('导出统计表（Excel，每种统计方式一个工作表，含按部门）')
    .option('--out <file>', '保存为（.xlsx）')
    .action(async (file: string | undefined, o: { out?: string }) => {
      const target = o.out ?? file ?? session.fail('请用 --out 指定保存的文件，如 stats export --out 统计.xlsx');
      // --year belongs to `stats`, which commander parses before handing over to export.
      const year = yearOf(session, stats.opts<{ year?: string }>().year);
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'stats:export', { year, path: path.resolve(target) });
      out.print(r, (x) => [`已导出统计表：${x.path}（${x.count} 个工作表）`]);
    });
}
