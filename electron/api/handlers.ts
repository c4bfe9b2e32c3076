import type { AppContext } from '../core/app-context.ts';
import { exportItemsPdf } from '../core/documents/item-list-pdf.ts';
import { applyItemImport, previewItemImport } from '../core/items/item-import.ts';
import {
  createItem,
  deleteItem,
  getItem,
  listItems,
  moveItem,
  restoreItem,
  retireItem,
  updateItem,
} from '../core/items/item-service.ts';
import { exportItemsXlsx } from '../core/items/item-xlsx-export.ts';
import { getSettings, saveSettings } from '../core/settings/settings-service.ts';
import type { CallName, CallOutput, CallParsed } from './contract.ts';

type Handlers = {
  [K in CallName]: (ctx: AppContext, input: CallParsed<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};

/** Maps each contract call onto core services; nothing here decides anything of the domain. */
export const handlers: Handlers = {
  'app:info': (ctx) => ({ version: ctx.version, dbPath: ctx.dbPath }),

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
  'items:importPreview': (ctx, { path: file }) => previewItemImport(ctx.db, file),
  'items:importApply': (ctx, { path: file }) => applyItemImport(ctx.db, file),
  'items:exportXlsx': (ctx, { path: file }) => exportItemsXlsx(ctx.db, getSettings(ctx.db), file),
  'items:exportPdf': (ctx, { path: file }) => exportItemsPdf(ctx.db, getSettings(ctx.db), file),

  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:save': (ctx, settings) => saveSettings(ctx.db, settings),
};
