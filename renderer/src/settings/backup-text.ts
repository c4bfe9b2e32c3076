import type { BackupInfo } from '../../../electron/api/types.ts';

/** Why a backup was taken, as the settings screen says it (the core names the reasons). */
export const BACKUP_REASON_LABELS = {
  auto: '每日自动',
  migration: '升级前',
  import: '导入前',
  restore: '恢复前',
  manual: '手动',
} as const satisfies Record<BackupInfo['reason'], string>;

/** What a backup holds, in one line: 事项 14 项 · 市场主体 40 个 · … (short: 事项 14 · 主体 40 · …). */
export function countsText(counts: BackupInfo['counts'], short = false): string {
  if (!counts) return '无法读取（文件可能已损坏）';
  if (short) {
    return `事项 ${counts.items} · 主体 ${counts.entities} · 人员 ${counts.inspectors} · 任务 ${counts.tasks} · 抽取 ${counts.draws}`;
  }
  return [
    `事项 ${counts.items} 项`,
    `市场主体 ${counts.entities} 个`,
    `执法人员 ${counts.inspectors} 名`,
    `抽查任务 ${counts.tasks} 个`,
    `抽取记录 ${counts.draws} 条`,
  ].join(' · ');
}
