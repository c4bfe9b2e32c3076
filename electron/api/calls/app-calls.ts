import { settingsSchema, type Settings } from '../../core/settings/settings-service.ts';
import { z } from 'zod';
import type { BackupInfo } from '../../core/backup/backup-files.ts';
import type { RestoreOutcome } from '../../core/backup/restore.ts';
import { call } from '../define.ts';
import { backupFile, nothing, outDir, outFile } from './shared.ts';

/** The fixed word lists the screens offer, so the renderer never keeps its own copy. */
export interface Vocabulary {
  itemCategories: readonly string[];
  itemLevels: readonly string[];
  entityTypes: readonly string[];
  riskClasses: readonly string[];
  closedStatuses: readonly string[];
  inspectorStatuses: readonly string[];
  checkMethods: readonly string[];
  disposals: readonly string[];
  defaultRoster: string;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  backupDir: string;
}

/** The program itself and the bureau's settings. */
export const appCalls = {
    'app:info': call(nothing, '程序版本与数据库位置').returns<AppInfo>(),
    'app:vocabulary': call(nothing, '界面使用的固定词表（事项类别、主体类型、登记状态等）').returns<Vocabulary>(),
  'settings:get': call(nothing, '读取单位设置').returns<Settings>(),
    'settings:save': call(settingsSchema.partial(), '保存单位设置（未给出的项保持不变）').returns<Settings>(),
  'backup:list': call(nothing, '列出备份（最新在前），含各表数量').returns<BackupInfo[]>(),
  'backup:create': call(z.object({ path: outFile.optional() }), '立即备份（可指定保存位置）').returns<BackupInfo>(),
  /**
   * 从备份恢复. A damaged, foreign or too-new backup is refused with the reason. A backup lacking
   * draws the current data holds answers `restored: false` with those draws; the restore happens
   * when called again with `confirmDrop` naming every one of them.
   */
  'backup:restore': call(
    z.object({
      file: backupFile,
      confirmDrop: z.array(z.number().int().positive()).optional(),
    }),
    '从备份恢复（先自动备份当前数据；会丢弃抽取记录时须确认）',
  ).returns<RestoreOutcome>(),
  'app:moveDatabase': call(z.object({ folder: outDir }), '把数据库移到另一个文件夹（原文件保留）').returns<{
    dbPath: string;
    previous: string;
  }>(),
} as const;
