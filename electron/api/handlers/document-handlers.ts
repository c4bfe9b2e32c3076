import { listDocNumbers } from '../../core/documents/data/doc-number.ts';
import { exportDrawRecord, exportNotice, exportPublication, exportSheet } from '../../core/documents/batches/document-export.ts';
import { startNoticeBatch, startSheetBatch } from '../../core/documents/batches/document-jobs.ts';
import { documentFontsInfo } from '../../core/documents/pdf/fonts.ts';
import { saveTaskMaterials, taskMaterials } from '../../core/documents/data/task-materials.ts';
import { renderTemplatePreview } from '../../core/documents/templates/template-preview.ts';
import { listTemplates, resetTemplate, saveTemplate } from '../../core/documents/templates/template-store.ts';
import type { documentCalls } from '../calls/document-calls.ts';
import type { HandlersFor } from './handler-types.ts';

export const documentHandlers: HandlersFor<typeof documentCalls> = {
  'docs:notices': (ctx, input) => startNoticeBatch(ctx, input),
  'docs:notice': (ctx, input) => exportNotice(ctx.db, ctx.resourcesDir, input),
  'docs:numbers': (ctx, { taskId }) => listDocNumbers(ctx.db, taskId),
  'docs:record': (ctx, input) => exportDrawRecord(ctx.db, ctx.resourcesDir, input),
  'docs:sheets': (ctx, input) => startSheetBatch(ctx, input),
  'docs:sheet': (ctx, input) => exportSheet(ctx.db, ctx.resourcesDir, input),
  'docs:publication': (ctx, input) => exportPublication(ctx.db, ctx.resourcesDir, input),
  'docs:fonts': () => documentFontsInfo(),
  'docs:materials': (ctx, { taskId }) => taskMaterials(ctx.db, ctx.resourcesDir, taskId),
  'docs:saveMaterials': (ctx, { taskId, list }) => saveTaskMaterials(ctx.db, ctx.resourcesDir, taskId, list),
  'templates:list': (ctx) => listTemplates(ctx.db, ctx.resourcesDir),
  'templates:save': (ctx, { type, text }) => saveTemplate(ctx.db, ctx.resourcesDir, type, text),
  'templates:reset': (ctx, { type }) => resetTemplate(ctx.db, ctx.resourcesDir, type),
  'templates:preview': (ctx, input) => renderTemplatePreview(ctx.db, ctx.resourcesDir, input),
};
