import { getSettings, saveSettings, settingsSchema } from '../../core/settings/settings-service.ts';
import { call } from '../define.ts';
import { nothing } from './shared.ts';

/** The bureau's own details that documents print. */
export const settingsCalls = {
  'settings:get': call(nothing, '读取单位设置', (ctx) => getSettings(ctx.db)),
  'settings:save': call(settingsSchema.partial(), '保存单位设置（未给出的项保持不变）', (ctx, settings) => saveSettings(ctx.db, settings)),
} as const;
