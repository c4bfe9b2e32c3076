import path from 'node:path';
import { backupDir, listBackups } from '../../core/backup/backup-files.ts';
import { createBackup } from '../../core/backup/backup-service.ts';
import { restoreBackup } from '../../core/backup/restore.ts';
import { moveDatabase } from '../../core/backup/move-database.ts';
import { getSettings, saveSettings } from '../../core/settings/settings-service.ts';
import type { appCalls } from '../calls/app-calls.ts';
import type { HandlersFor } from './handler-types.ts';

/** The program itself, the bureau's settings, backups and restore. */
export const appHandlers: HandlersFor<typeof appCalls> = {
  'app:info': (ctx) => ({ version: ctx.version, dbPath: ctx.dbPath, backupDir: backupDir(ctx.dbPath) }),
  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:save': (ctx, settings) => saveSettings(ctx.db, settings),
  'backup:list': (ctx) => listBackups(ctx.dbPath),
  'backup:create': (ctx, { path: target }) => createBackup(ctx.db, ctx.dbPath, 'manual', target ? path.resolve(target) : undefined),
  'backup:restore': (ctx, { file }) => restoreBackup(ctx, file),
  'app:moveDatabase': (ctx, { folder }) => moveDatabase(ctx, folder),
};
