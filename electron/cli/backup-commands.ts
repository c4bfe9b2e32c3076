import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { chineseTime, localTime } from './cli-time.ts';
import type { CliSession } from './session.ts';

type DroppedDraw = CallOutput<'backup:restore'>['dropped'][number];
type BackupInfo = CallOutput<'backup:list'>[number];

/** 抽取记录 #5（任务 2026-003「第二季度食品抽查」，2026年3月5日 10:32:05 抽取）, as the restore dialog names it. */
function droppedDrawText(d: DroppedDraw): string {
  return `抽取记录 #${d.id}（任务 ${d.taskCode}「${d.taskName}」，${chineseTime(d.drawnAt)} 抽取${d.voided ? '，已作废' : ''}）`;
}

const REASONS: Record<BackupInfo['reason'], string> = {
  auto: '每日自动',
  migration: '升级前',
  import: '导入前',
  restore: '恢复前',
  manual: '手动',
};

function backupLine(b: BackupInfo): string {
  const c = b.counts;
  const counts = c
    ? `事项 ${c.items} · 主体 ${c.entities} · 人员 ${c.inspectors} · 任务 ${c.tasks} · 抽取 ${c.draws}`
    : '无法读取（文件可能已损坏）';
  return `${localTime(b.createdAt)}\t${REASONS[b.reason] ?? b.reason}\t${(b.size / 1024 / 1024).toFixed(1)} MB\t${counts}\t${b.file}`;
}

/** `shuangsuiji backup`, `backups` and `restore FILE --yes [--confirm-drop]`. */
export function registerBackupCommands(program: Command, session: CliSession): void {
  program
    .command('backup')
    .description('立即备份数据库（一致的在线副本）')
    .option('--out <file>', '保存位置（默认：数据库旁的 backups 文件夹）')
    .action(async (o: { out?: string }) => {
      const { ctx, out } = session.open();
      const info = await invoke(ctx, 'backup:create', { path: o.out ? path.resolve(o.out) : undefined });
      out.print(info, (i) => [`已备份到 ${i.file}`]);
    });
  program
    .command('backups')
    .description('列出数据库旁 backups 文件夹中的备份（最新在前）：时间、原因、大小、内容、文件')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'backup:list', {});
      out.print(list, (l) => (l.length ? l.map(backupLine) : ['还没有备份。']));
    });
  program
    .command('restore <file>')
    .description('从备份恢复（当前数据先自动备份）')
    .option('--yes', '确认恢复（不加此项不会恢复，只说明如何确认）')
    .option('--confirm-drop', '确认丢弃备份之后的抽取记录（备份早于最近的抽取时必须加）')
    .action(async (file: string, o: { yes?: boolean; confirmDrop?: boolean }) => {
      const { ctx, out } = session.open();
      if (!o.yes) session.fail(`恢复会用备份替换当前数据（当前数据会先自动备份）。确认请加 --yes：shuangsuiji restore "${file}" --yes`);
      const input = { file: path.resolve(file) };
      let r = await invoke(ctx, 'backup:restore', input);
      // The flag agrees to the draws the core named just now, in this same process; a draw made
      // between the two calls is named again instead of being dropped unseen.
      if (!r.restored && o.confirmDrop) r = await invoke(ctx, 'backup:restore', { ...input, confirmDrop: r.dropped.map((d) => d.id) });
      if (!r.restored)
        session.fail(`${r.message}\n确认丢弃这些抽取记录并恢复，请加 --confirm-drop：shuangsuiji restore "${file}" --yes --confirm-drop`);
      out.print(r, (x) => [
        `已从 ${x.restoredFrom} 恢复；恢复前的数据已备份到 ${x.safetyBackup}`,
        ...x.dropped.map((d) => `已丢弃${droppedDrawText(d)}`),
      ]);
    });
}
