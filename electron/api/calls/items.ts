import { z } from 'zod';
import { itemInputSchema } from '../../core/items/item-schema.ts';
import { getSettings } from '../../core/settings/settings-service.ts';
import {
  createItem,
  deleteItem,
  getItem,
  listItems,
  moveItem,
  restoreItem,
  retireItem,
  updateItem,
} from '../../core/items/item-service.ts';
import { call } from '../define.ts';
import { byId, deleted, id, readFile, writeFile } from './shared.ts';

/** An item file, and the department it is imported for (its 实施部门 where a row names none). */
const itemImportFile = readFile.extend({ departmentId: id.optional() });

/** The 随机抽查事项清单. Imports and exports load their libraries only when used. */
export const itemCalls = {
  'items:list': call(
    z.object({
      search: z.string().max(200, '搜索内容不能超过 200 字').optional(),
      includeRetired: z.boolean().optional(),
      departmentId: id.optional(),
    }),
    '列出抽查事项（可搜索；departmentId 只列该实施部门的事项，1 为本局）',
    (ctx, query) => listItems(ctx.db, query),
  ),
  'items:get': call(byId, '查看一个抽查事项', (ctx, { id }) => getItem(ctx.db, id)),
  'items:create': call(itemInputSchema, '新增抽查事项', (ctx, item) => createItem(ctx.db, item)),
  'items:update': call(z.object({ id, item: itemInputSchema }), '修改抽查事项', (ctx, { id, item }) => updateItem(ctx.db, id, item)),
  'items:move': call(
    z.object({ id, toSeq: z.number({ error: '序号必须是数字' }).int('序号必须是整数').positive('序号必须从 1 开始') }),
    '调整抽查事项序号',
    (ctx, { id, toSeq }) => moveItem(ctx.db, id, toSeq),
  ),
  'items:retire': call(byId, '停用抽查事项', (ctx, { id }) => retireItem(ctx.db, id)),
  'items:restore': call(byId, '恢复已停用的抽查事项', (ctx, { id }) => restoreItem(ctx.db, id)),
  'items:delete': call(byId, '删除未被引用的抽查事项', (ctx, { id }) => deleted(deleteItem(ctx.db, id))),
  'items:importPreview': call(
    itemImportFile,
    '预览从 Excel 导入抽查事项的变化（departmentId：为该部门导入，文件中没有实施部门的行归该部门）',
    async (ctx, { path, departmentId }) =>
      (await import('../../core/items/item-import.ts')).previewItemImport(ctx.db, path, { departmentId }),
  ),
  'items:importApply': call(
    itemImportFile,
    '从 Excel 导入抽查事项（按名称合并；departmentId 同预览）',
    async (ctx, { path, departmentId }) =>
      (await import('../../core/items/item-import.ts')).applyItemImport(ctx.db, path, { departmentId }),
  ),
  'items:exportXlsx': call(writeFile, '导出抽查事项清单为 Excel', async (ctx, { path }) =>
    (await import('../../core/items/item-xlsx-export.ts')).exportItemsXlsx(ctx.db, path),
  ),
  'items:exportPdf': call(writeFile, '导出抽查事项清单为 PDF', async (ctx, { path }) =>
    (await import('../../core/documents/definitions/item-list-pdf.ts')).exportItemsPdf(ctx.db, getSettings(ctx.db), path, ctx.resourcesDir),
  ),
} as const;
