import { z } from 'zod';
import type { ItemImportPreview, ItemImportSummary } from '../../core/items/item-import-types.ts';
import { itemInputSchema, type Item } from '../../core/items/item-schema.ts';
import { call } from '../define.ts';
import { byId, id, readFile, writeFile, type ExportResult } from './shared.ts';

/** The 随机抽查事项清单. */
export const itemCalls = {
    'items:list': call(
    z.object({ search: z.string().max(200, '搜索内容不能超过 200 字').optional(), includeRetired: z.boolean().optional() }),
    '列出抽查事项（可搜索）',
  ).returns<Item[]>(),
    'items:get': call(byId, '查看一个抽查事项').returns<Item>(),
    'items:create': call(itemInputSchema, '新增抽查事项').returns<Item>(),
    'items:update': call(z.object({ id, item: itemInputSchema }), '修改抽查事项').returns<Item>(),
    'items:move': call(
    z.object({ id, toSeq: z.number({ error: '序号必须是数字' }).int('序号必须是整数').positive('序号必须从 1 开始') }),
    '调整抽查事项序号',
  ).returns<Item[]>(),
    'items:retire': call(byId, '停用抽查事项').returns<Item>(),
    'items:restore': call(byId, '恢复已停用的抽查事项').returns<Item>(),
    'items:delete': call(byId, '删除未被引用的抽查事项').returns<{ deleted: true }>(),
    'items:importPreview': call(readFile, '预览从 Excel 导入抽查事项的变化').returns<ItemImportPreview>(),
    'items:importApply': call(readFile, '从 Excel 导入抽查事项（按名称合并）').returns<ItemImportSummary>(),
    'items:exportXlsx': call(writeFile, '导出抽查事项清单为 Excel').returns<ExportResult>(),
    'items:exportPdf': call(writeFile, '导出抽查事项清单为 PDF').returns<ExportResult>(),
} as const;
