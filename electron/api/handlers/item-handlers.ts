import { createItem, deleteItem, getItem, listItems, moveItem, restoreItem, retireItem, updateItem } from '../../core/items/item-service.ts';
import { getSettings } from '../../core/settings/settings-service.ts';
import type { itemCalls } from '../calls/item-calls.ts';
import type { HandlersFor } from './handler-types.ts';

export const itemHandlers: HandlersFor<typeof itemCalls> = {
  'items:list': (ctx, q) => listItems(ctx.db, q),
  'items:get': (ctx, { id }) => getItem(ctx.db, id),
  'items:create': (ctx, item) => createItem(ctx.db, item),
  'items:update': (ctx, { id, item }) => updateItem(ctx.db, id, item),
  'items:move': (ctx, { id, toSeq }) => moveItem(ctx.db, id, toSeq),
  'items:retire': (ctx, { id }) => retireItem(ctx.db, id),
  'items:restore': (ctx, { id }) => restoreItem(ctx.db, id),
  'items:delete': (ctx, { id }) => {
    deleteItem(ctx.db, id);
    return { deleted: true };
  },
  'items:importPreview': async (ctx, { path: file }) =>
    (await import('../../core/items/item-import.ts')).previewItemImport(ctx.db, file),
  'items:importApply': async (ctx, { path: file }) =>
    (await import('../../core/items/item-import.ts')).applyItemImport(ctx.db, file),
  'items:exportXlsx': async (ctx, { path: file }) =>
    (await import('../../core/items/item-xlsx-export.ts')).exportItemsXlsx(ctx.db, getSettings(ctx.db), file),
  'items:exportPdf': async (ctx, { path: file }) =>
    (await import('../../core/documents/definitions/item-list-pdf.ts')).exportItemsPdf(ctx.db, getSettings(ctx.db), file, ctx.resourcesDir),
};
