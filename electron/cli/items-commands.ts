import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { departmentIdOf } from './department-commands.ts';
import { registerItemEditCommands } from './item-edit-commands.ts';
import type { CliSession } from './session.ts';

type ItemImportPreview = CallOutput<'items:importPreview'>;

/** `shuangsuiji items …`: the item list from the command line, over the same contract. */
export function registerItemCommands(program: Command, session: CliSession): void {
  const items = program.command('items').description('抽查事项清单');

  items
    .command('list')
    .description('列出抽查事项（--json 输出完整字段）')
    .option('--search <text>', '按任意文字搜索')
    .option('--all', '包括已停用的事项')
    .option('--dept <name>', '只列出该实施部门的事项（部门名称或简称；本局写“本局”）')
    .action(async (opts: { search?: string; all?: boolean; dept?: string }) => {
      const { ctx, out } = session.open();
      const departmentId = opts.dept === undefined ? undefined : await departmentIdOf(ctx, opts.dept, '实施部门');
      const list = await invoke(ctx, 'items:list', { search: opts.search, includeRetired: opts.all ?? false, departmentId });
      out.print(list, (l) => l.map((i) => `${i.seq ?? '停用'}\t${i.name}\t${i.departmentName ?? ''}\t${i.category}\t${i.target}`));
    });

  items
    .command('import <file>')
    .description('从 Excel (.xlsx) 导入：按“抽查事项”名称合并，已有的更新，新的添加，不删除')
    .option('--dry-run', '只预览变化，不写入')
    .option('--dept <name>', '为该部门导入（其自己的事项清单）：文件中没有“实施部门”的行归该部门')
    .action(async (file: string, opts: { dryRun?: boolean; dept?: string }) => {
      const { ctx, out } = session.open();
      const filePath = path.resolve(file);
      const departmentId = opts.dept === undefined ? undefined : await departmentIdOf(ctx, opts.dept, '实施部门');
      const preview = await invoke(ctx, 'items:importPreview', { path: filePath, departmentId });
      if (opts.dryRun || preview.problems.length > 0) {
        out.print(preview, describePreview);
        if (preview.problems.length > 0) session.fail('文件中有问题，未导入任何内容。请修改后重试。');
        return;
      }
      const summary = await invoke(ctx, 'items:importApply', { path: filePath, departmentId });
      out.print(summary, (s) => [
        `已导入 ${s.fileName}：新增 ${s.counts.new}，更新 ${s.counts.updated}，恢复 ${s.counts.restored}，不变 ${s.counts.unchanged}`,
      ]);
    });

  items
    .command('export <file>')
    .description('导出为 Excel (.xlsx)，版式同正式清单')
    .action(async (file: string) => {
      const { ctx, out } = session.open();
      const result = await invoke(ctx, 'items:exportXlsx', { path: path.resolve(file) });
      out.print(result, (r) => [`已导出 ${r.count} 项到 ${r.path}`]);
    });

  items
    .command('pdf <file>')
    .description('导出为 PDF（A4 横向，可打印）')
    .action(async (file: string) => {
      const { ctx, out } = session.open();
      const result = await invoke(ctx, 'items:exportPdf', { path: path.resolve(file) });
      out.print(result, (r) => [`已生成 PDF：${r.path}（${r.count} 项）`]);
    });

  registerItemEditCommands(items, session);
}

function describePreview(p: ItemImportPreview): string[] {
  const lines = [
    `${p.fileName}（工作表“${p.sheetName}”，表头在第 ${p.headerRow} 行）`,
    `新增 ${p.counts.new}，更新 ${p.counts.updated}，恢复 ${p.counts.restored}，不变 ${p.counts.unchanged}`,
  ];
  for (const row of p.rows.filter((r) => r.action !== 'unchanged')) {
    const what = row.changes.map((c) => c.label).join('、');
    lines.push(`  第 ${row.row} 行 ${row.name}：${ACTION_WORDS[row.action]}${what ? `（${what}）` : ''}`);
  }
  for (const problem of p.problems) {
    const where = [problem.row ? `第 ${problem.row} 行` : '', problem.column ? `“${problem.column}”列` : ''].join('');
    lines.push(`  问题：${where}${where ? '：' : ''}${problem.message}`);
  }
  return lines;
}

const ACTION_WORDS = { new: '新增', update: '更新', restore: '恢复', unchanged: '不变' } as const;
