import { settingsSchema, type Settings } from '../../core/settings/settings-service.ts';
import { call } from '../define.ts';
import { nothing } from './shared.ts';

export interface AppInfo {
  version: string;
  dbPath: string;
}

/** The program itself and the bureau's settings. */
export const appCalls = {
    'app:info': call(nothing, '程序版本与数据库位置').returns<AppInfo>(),
    'settings:get': call(nothing, '读取单位设置').returns<Settings>(),
    'settings:save': call(settingsSchema.partial(), '保存单位设置（未给出的项保持不变）').returns<Settings>(),
} as const;
