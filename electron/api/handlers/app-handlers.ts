import path from 'node:path';
import { backupDir, listBackups } from '../../core/backup/backup-files.ts';
import { createBackup } from '../../core/backup/backup-service.ts';
import { restoreBackup } from '../../core/backup/restore.ts';
import { moveDatabase } from '../../core/backup/move-database.ts';
import { getSettings, saveSettings } from '../../core/settings/settings-service.ts';
import { CLOSED_STATUSES, ENTITY_TYPES, RISK_CLASSES } from '../../core/entities/entity-schema.ts';
import { DEFAULT_ROSTER } from '../../core/import/run-import.ts';
import { INSPECTOR_STATUSES } from '../../core/inspectors/inspector-schema.ts';
import { ITEM_CATEGORIES, ITEM_LEVELS } from '../../core/items/item-schema.ts';
import { CHECK_METHODS, DISPOSALS } from '../../core/results/result-schema.ts';
import type { appCalls } from '../calls/app-calls.ts';
import type { HandlersFor } from './handler-types.ts';

/** The program itself, the bureau's settings, backups and restore. */
export const appHandlers: HandlersFor<typeof appCalls> = {
  'app:info': (ctx) => ({ version: ctx.version, dbPath: ctx.dbPath, backupDir: backupDir(ctx.dbPath) }),
  'app:vocabulary': () => ({
    itemCategories: ITEM_CATEGORIES,
    itemLevels: ITEM_LEVELS,
    entityTypes: ENTITY_TYPES,
    riskClasses: RISK_CLASSES,
    closedStatuses: CLOSED_STATUSES,
    inspectorStatuses: INSPECTOR_STATUSES,
    checkMethods: CHECK_METHODS,
    disposals: DISPOSALS,
    defaultRoster: DEFAULT_ROSTER,
  }),
  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:save': (ctx, settings) => saveSettings(ctx.db, settings),
  'backup:list': (ctx) => listBackups(ctx.dbPath),
  'backup:create': (ctx, { path: target }) => createBackup(ctx.db, ctx.dbPath, 'manual', target ? path.resolve(target) : undefined),
  'backup:restore': (ctx, { file, confirmDrop }) => restoreBackup(ctx, file, confirmDrop),
  'app:moveDatabase': (ctx, { folder }) => moveDatabase(ctx, folder),
};
