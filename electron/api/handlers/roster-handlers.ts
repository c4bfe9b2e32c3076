import { AppError } from '../../core/errors.ts';
import { declareConflict, listConflicts, removeConflict } from '../../core/inspectors/conflict-service.ts';
import { deleteRoster, listRosters, saveRoster } from '../../core/rosters/roster-service.ts';
import { entityFacets, queryEntities } from '../../core/entities/entity-query.ts';
import { getEntityDetail, saveEntity } from '../../core/entities/entity-service.ts';
import { getInspector, listInspectorTags, listInspectors, saveInspector } from '../../core/inspectors/inspector-service.ts';
import { getSettings } from '../../core/settings/settings-service.ts';
import { inspectImportFile } from '../../core/import/inspect-file.ts';
import { startImportJob } from '../../core/import/import-job.ts';
import type { ImportResult } from '../../core/import/run-import.ts';
import type { rosterCalls } from '../calls/roster-calls.ts';
import type { HandlersFor } from './handler-types.ts';

export const rosterHandlers: HandlersFor<typeof rosterCalls> = {
  'import:inspect': (ctx, { kind, path: file, sheet }) => inspectImportFile(ctx.db, kind, file, sheet),
  'import:start': (ctx, { kind, path: file, ...rest }) =>
    startImportJob(ctx, { kind, file, ...rest }),
  'import:report': async (ctx, { jobId, path: file }) => {
    const result = ctx.jobs.status(jobId).result as ImportResult | null;
    if (!result) throw new AppError('该导入尚未完成，暂无错误报告。');
    return (await import('../../core/import/error-report.ts')).writeImportReport(result, file);
  },
  'import:template': async (_ctx, { kind, path: file }) =>
    (await import('../../core/import/templates.ts')).writeImportTemplate(kind, file),
  'jobs:get': (ctx, { jobId }) => ctx.jobs.status(jobId),
  'jobs:wait': (ctx, { jobId }) => ctx.jobs.wait(jobId),
  'jobs:cancel': (ctx, { jobId }) => ctx.jobs.cancel(jobId),
  'entities:query': (ctx, q) => queryEntities(ctx.db, q),
  'entities:facets': (ctx) => entityFacets(ctx.db),
  'entities:get': (ctx, { id }) => getEntityDetail(ctx.db, id),
  'entities:save': (ctx, input) => saveEntity(ctx.db, input),
  'entities:export': async (ctx, { path: file, ...filter }) =>
    (await import('../../core/entities/entity-xlsx-export.ts')).exportEntitiesXlsx(
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
  'inspectors:tags': (ctx) => listInspectorTags(ctx.db),
  'inspectors:get': (ctx, { id }) => getInspector(ctx.db, id),
  'inspectors:save': (ctx, input) => saveInspector(ctx.db, input),
  'inspectors:export': async (ctx, { path: file, ...query }) =>
    (await import('../../core/inspectors/inspector-xlsx-export.ts')).exportInspectorsXlsx(
      ctx.db,
      query,
      `${getSettings(ctx.db).bureauName}执法检查人员名录`,
      file,
    ),
  'conflicts:list': (ctx, filter) => listConflicts(ctx.db, filter),
  'conflicts:declare': (ctx, input) => declareConflict(ctx.db, input),
  'conflicts:remove': (ctx, { id }) => {
    removeConflict(ctx.db, id);
    return { deleted: true };
  },
};
