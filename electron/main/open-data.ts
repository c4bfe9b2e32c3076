import { dialog } from 'electron';
import { openAppContext, type AppContext } from '../core/app-context.ts';
import { backupIfDue } from '../core/backup/backup-service.ts';
import { newestGoodBackup, recoverFromNewestBackup } from '../core/backup/recover.ts';
import { DamagedDatabaseError } from '../core/db/connection.ts';
import { AppError } from '../core/errors.ts';

interface OpenOptions {
  dbPath: string;
  resourcesDir: string;
  version: string;
  log: (line: string) => void;
}

/**
 * Opens the data at start. A file that fails its integrity check gets a plain dialog offering the
 * newest good backup (the damaged file is kept aside); any other failure is explained and the
 * program quits. A daily backup follows a good start.
 */
export async function openDataOrExplain(options: OpenOptions): Promise<AppContext | null> {
  try {
    const ctx = openAppContext(options);
    backupIfDue(ctx.db, ctx.dbPath).catch((err: unknown) => options.log(`daily backup failed: ${String(err)}`));
    return ctx;
  } catch (err) {
    options.log(`open ${options.dbPath}: ${err instanceof AppError ? err.logCause : String(err)}`);
    if (err instanceof DamagedDatabaseError) return offerRecovery(options, err);
    dialog.showErrorBox('双随机抽查管理无法启动', err instanceof AppError ? err.message : `程序无法启动：${String(err)}`);
    return null;
  }
}

async function offerRecovery(options: OpenOptions, err: DamagedDatabaseError): Promise<AppContext | null> {
  const backup = newestGoodBackup(options.dbPath);
  if (!backup) {
    dialog.showErrorBox('数据库文件已损坏', `${err.message}\n\n没有找到可用的备份。请联系系统管理员，并保留该文件以便修复。`);
    return null;
  }
  const counts = backup.counts;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: '数据库文件已损坏',
    message: '数据库文件已损坏，无法正常打开。',
    detail:
      `可以从最近一次完好的备份恢复：\n${backup.createdAt.replace('T', ' ').slice(0, 19)}（` +
      (counts
        ? `事项 ${counts.items}、市场主体 ${counts.entities}、执法人员 ${counts.inspectors}、任务 ${counts.tasks}、抽取记录 ${counts.draws}`
        : '') +
      '）\n\n损坏的文件会另存保留，不会删除。',
    buttons: ['从该备份恢复', '退出'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return null;
  const recovered = recoverFromNewestBackup(options.dbPath);
  options.log(`recovered from ${recovered?.backup.file}; damaged file kept as ${recovered?.damagedCopy}`);
  return openAppContext(options);
}
