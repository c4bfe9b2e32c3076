import { z } from 'zod';
import type { AppContext } from '../../core/app-context.ts';
import { backupDir } from '../../core/backup/backup-files.ts';
import { moveDatabase } from '../../core/backup/move-database.ts';
import { vocabulary } from '../../core/vocabulary.ts';
import { call } from '../define.ts';
import { nothing, outDir } from './shared.ts';

export interface AppInfo {
  version: string;
  dbPath: string;
  backupDir: string;
}

function appInfo(ctx: AppContext): AppInfo {
  return { version: ctx.version, dbPath: ctx.dbPath, backupDir: backupDir(ctx.dbPath) };
}

/** The program itself: version, where its data is, and the fixed word lists of the screens. */
export const appCalls = {
  'app:info': call(nothing, '程序版本与数据库位置', appInfo),
  'app:vocabulary': call(nothing, '界面使用的固定词表（事项类别、主体类型、登记状态等）', () => vocabulary()),
  'app:moveDatabase': call(z.object({ folder: outDir }), '把数据库移到另一个文件夹（原文件保留）', (ctx, { folder }) =>
    moveDatabase(ctx, folder),
  ),
} as const;
