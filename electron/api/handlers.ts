import type { AppContext } from '../core/app-context.ts';
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
  // Spreadsheet and PDF code loads on first use: exceljs and pdfmake would slow every start.
  'items:importPreview': async (ctx, { path: file }) =>
    (await import('../core/items/item-import.ts')).previewItemImport(ctx.db, file),
  'items:importApply': async (ctx, { path: file }) =>
    (await import('../core/items/item-import.ts')).applyItemImport(ctx.db, file),
  'items:exportXlsx': async (ctx, { path: file }) =>
    (await import('../core/items/item-xlsx-export.ts')).exportItemsXlsx(ctx.db, getSettings(ctx.db), file),
  'items:exportPdf': async (ctx, { path: file }) =>
    (await import('../core/documents/item-list-pdf.ts')).exportItemsPdf(ctx.db, getSettings(ctx.db), file),

  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:save': (ctx, settings) => saveSettings(ctx.db, settings),
};
