import { z } from 'zod';
import { itemInputSchema, type Item } from '../core/items/item-schema.ts';
import type { ItemImportPreview, ItemImportSummary } from '../core/items/item-import-types.ts';
import { settingsSchema, type Settings } from '../core/settings/settings-service.ts';
import { call, type ApiResult } from './define.ts';

const id = z.number({ error: '缺少编号' }).int().positive();
const byId = z.object({ id });
const file = z.object({ path: z.string({ error: '请选择文件' }).min(1, '请选择文件') });
const nothing = z.object({});

export interface AppInfo {
  version: string;
  dbPath: string;
}

export interface ExportResult {
  path: string;
  count: number;
}

/**
 * Every call the UI, the CLI and the preview host may make, named `domain:verb`. Electron's IPC,
 * the preview host's HTTP routes and the renderer's client are all derived from this one list.
 */
export const contract = {
  'app:info': call(nothing, '程序版本与数据库位置').returns<AppInfo>(),

  'items:list': call(
    z.object({ search: z.string().max(200).optional(), includeRetired: z.boolean().optional() }),
    '列出抽查事项（可搜索）',
  ).returns<Item[]>(),
  'items:get': call(byId, '查看一个抽查事项').returns<Item>(),
  'items:create': call(itemInputSchema, '新增抽查事项').returns<Item>(),
  'items:update': call(z.object({ id, item: itemInputSchema }), '修改抽查事项').returns<Item>(),
  'items:move': call(
    z.object({ id, toSeq: z.number().int().positive() }),
    '调整抽查事项序号',
  ).returns<Item[]>(),
  'items:retire': call(byId, '停用抽查事项').returns<Item>(),
  'items:restore': call(byId, '恢复已停用的抽查事项').returns<Item>(),
  'items:delete': call(byId, '删除未被引用的抽查事项').returns<{ deleted: true }>(),
  'items:importPreview': call(file, '预览从 Excel 导入抽查事项的变化').returns<ItemImportPreview>(),
  'items:importApply': call(file, '从 Excel 导入抽查事项（按名称合并）').returns<ItemImportSummary>(),
  'items:exportXlsx': call(file, '导出抽查事项清单为 Excel').returns<ExportResult>(),
  'items:exportPdf': call(file, '导出抽查事项清单为 PDF').returns<ExportResult>(),

  'settings:get': call(nothing, '读取单位设置').returns<Settings>(),
  'settings:save': call(settingsSchema, '保存单位设置').returns<Settings>(),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallParsed<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K]['output'];

/** The shape `window.api.call` and the preview client share. */
export type CallFn = <K extends CallName>(name: K, input: CallInput<K>) => Promise<ApiResult<CallOutput<K>>>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
