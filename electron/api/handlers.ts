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
import { entityFacets, queryEntities } from '../core/entities/entity-query.ts';
import { getEntityDetail, saveEntity } from '../core/entities/entity-service.ts';
import { inspectImportFile } from '../core/import/inspect-file.ts';
import { runImport, type ImportResult } from '../core/import/run-import.ts';
import { declareConflict, listConflicts, removeConflict } from '../core/inspectors/conflict-service.ts';
import { getInspector, listInspectors, saveInspector } from '../core/inspectors/inspector-service.ts';
import { deleteRoster, listRosters, saveRoster } from '../core/rosters/roster-service.ts';
import { AppError } from '../core/errors.ts';
import { listAudit, verifyAuditChain } from '../core/audit/audit-log.ts';
import { getDraw, listDraws } from '../core/draw/draw-read.ts';
import { replaceInspector } from '../core/draw/draw-replace.ts';
import { runDraw, voidDraw } from '../core/draw/draw-service.ts';
import { verifyAllDraws, verifyDraw } from '../core/draw/draw-verify.ts';
import { previewPool } from '../core/draw/pool-preview.ts';
import { markPublished, publicationDashboard } from '../core/publication/publication-service.ts';
import { listResultCodes, saveResultCodes } from '../core/results/result-codes.ts';
import { setResults, taskResults } from '../core/results/result-service.ts';
import { resultStats } from '../core/stats/stats-service.ts';
import { getTask, listTasks, saveTask } from '../core/tasks/task-service.ts';
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

  'import:inspect': (ctx, { kind, path: file, sheet }) => inspectImportFile(ctx.db, kind, file, sheet),
  'import:start': (ctx, { kind, path: file, ...rest }) =>
    ctx.jobs.start(`import:${kind}`, (hooks) => runImport(ctx.dbPath, { kind, file, ...rest }, hooks)),
  'import:report': async (ctx, { jobId, path: file }) => {
    const result = ctx.jobs.status(jobId).result as ImportResult | null;
    if (!result) throw new AppError('该导入尚未完成，暂无错误报告。');
    return (await import('../core/import/error-report.ts')).writeImportReport(result, file);
  },
  'import:template': async (_ctx, { kind, path: file }) =>
    (await import('../core/import/templates.ts')).writeImportTemplate(kind, file),
  'jobs:get': (ctx, { jobId }) => ctx.jobs.status(jobId),
  'jobs:wait': (ctx, { jobId }) => ctx.jobs.wait(jobId),
  'jobs:cancel': (ctx, { jobId }) => ctx.jobs.cancel(jobId),

  'entities:query': (ctx, q) => queryEntities(ctx.db, q),
  'entities:facets': (ctx) => entityFacets(ctx.db),
  'entities:get': (ctx, { id }) => getEntityDetail(ctx.db, id),
  'entities:save': (ctx, input) => saveEntity(ctx.db, input),
  'entities:export': async (ctx, { path: file, ...filter }) =>
    (await import('../core/entities/entity-xlsx-export.ts')).exportEntitiesXlsx(
      ctx.db,
      filter,
      `${getSettings(ctx.db).bureauName}检查对象名录`,
      file,
    ),

  'rosters:list': (ctx) => listRosters(ctx.db),
  'rosters:save': (ctx, input) => saveRoster(ctx.db, input),
  'rosters:delete': (ctx, { id }) => {
    deleteRoster(ctx.db, id);
    return { deleted: true };
  },

  'inspectors:list': (ctx, q) => listInspectors(ctx.db, q),
  'inspectors:get': (ctx, { id }) => getInspector(ctx.db, id),
  'inspectors:save': (ctx, input) => saveInspector(ctx.db, input),
  'inspectors:export': async (ctx, { search, path: file }) =>
    (await import('../core/inspectors/inspector-xlsx-export.ts')).exportInspectorsXlsx(
      ctx.db,
      search,
      `${getSettings(ctx.db).bureauName}执法检查人员名录`,
      file,
    ),
  'conflicts:list': (ctx, filter) => listConflicts(ctx.db, filter),
  'conflicts:declare': (ctx, input) => declareConflict(ctx.db, input),
  'conflicts:remove': (ctx, { id }) => {
    removeConflict(ctx.db, id);
    return { deleted: true };
  },

  'tasks:list': (ctx) => listTasks(ctx.db),
  'tasks:get': (ctx, { id }) => getTask(ctx.db, id),
  'tasks:save': (ctx, input) => saveTask(ctx.db, input),
  'tasks:poolPreview': (ctx, { id }) => previewPool(ctx.db, id),

  'draws:run': (ctx, { taskId, operator, witness }) => runDraw(ctx.db, taskId, { operator, witness }),
  'draws:get': (ctx, { id }) => getDraw(ctx.db, id),
  'draws:list': (ctx, { taskId }) => listDraws(ctx.db, taskId),
  'draws:verify': (ctx, { id }) => verifyDraw(ctx.db, id),
  'draws:replace': (ctx, input) => replaceInspector(ctx.db, input),
  'draws:void': (ctx, { id, reason, operator }) => voidDraw(ctx.db, id, reason, operator),
  'draws:exportPool': async (ctx, { id, path: file }) => (await import('../core/draw/pool-export.ts')).exportPoolCsv(ctx.db, id, file),
  'audit:verify': (ctx) => {
    const audit = verifyAuditChain(ctx.db);
    const draws = verifyAllDraws(ctx.db);
    return { ok: audit.ok && draws.every((d) => d.ok), audit, draws };
  },
  'audit:list': (ctx, { limit }) => listAudit(ctx.db, limit),

  'results:list': (ctx, { taskId }) => taskResults(ctx.db, taskId),
  'results:set': (ctx, input) => setResults(ctx.db, input),
  'results:import': async (ctx, { path: file, task }) => (await import('../core/results/result-import.ts')).importResults(ctx.db, file, task),
  'resultCodes:list': (ctx) => listResultCodes(ctx.db),
  'resultCodes:save': (ctx, { codes }) => saveResultCodes(ctx.db, codes),
  'publication:dashboard': (ctx) => publicationDashboard(ctx.db),
  'publication:mark': (ctx, input) => {
    markPublished(ctx.db, input);
    return { ok: true };
  },
  'stats:get': (ctx, { dimension, year }) => resultStats(ctx.db, dimension, year),
  'stats:export': async (ctx, { year, path: file }) =>
    (await import('../core/stats/stats-export.ts')).exportStatsXlsx(ctx.db, getSettings(ctx.db).bureauName, year, file),

  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:save': (ctx, settings) => saveSettings(ctx.db, settings),
};
