import path from 'node:path';
import { z } from 'zod';
import { listBackups } from '../../core/backup/backup-files.ts';
import { createBackup } from '../../core/backup/backup-service.ts';
import { restoreBackup } from '../../core/backup/restore.ts';
import { call } from '../define.ts';
import { backupFile, nothing, outFile } from './shared.ts';

/** 备份与恢复. */
export const backupCalls = {
  'backup:list': call(nothing, '列出备份（最新在前），含各表数量', (ctx) => listBackups(ctx.dbPath)),
  'backup:create': call(z.object({ path: outFile.optional() }), '立即备份（可指定保存位置）', (ctx, { path: target }) =>
    createBackup(ctx.db, ctx.dbPath, 'manual', target ? path.resolve(target) : undefined),
  ),
  /**
   * A damaged, foreign or too-new backup is refused with the reason. A backup lacking draws the
   * current data holds answers `restored: false` with those draws; the restore happens when called
   * again with `confirmDrop` naming every one of them.
   */
  'backup:restore': call(
    z.object({
      file: backupFile,
      confirmDrop: z.array(z.number().int('确认舍弃的抽取编号应为正整数').positive('确认舍弃的抽取编号应为正整数')).optional(),
    }),
    '从备份恢复（先自动备份当前数据；会丢弃抽取记录时须确认）',
    (ctx, { file, confirmDrop }) => restoreBackup(ctx, file, confirmDrop),
  ),
} as const;
