import { getSettings, saveSettings } from '../../core/settings/settings-service.ts';
import type { appCalls } from '../calls/app-calls.ts';
import type { HandlersFor } from './handler-types.ts';

export const appHandlers: HandlersFor<typeof appCalls> = {
  'app:info': (ctx) => ({ version: ctx.version, dbPath: ctx.dbPath }),
  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:save': (ctx, settings) => saveSettings(ctx.db, settings),
};
