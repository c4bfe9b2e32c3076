import type { AppContext } from '../../../electron/core/app-context.ts';
import type { ImportKind } from '../../../electron/core/import/column-mapping.ts';
import { inspectImportFile } from '../../../electron/core/import/inspect-file.ts';
import { runImport, type ImportRequest } from '../../../electron/core/import/run-import.ts';

/** Imports a file exactly as the wizard and the CLI do: inspect it, then import with the proposed columns. */
export async function inspectAndImport(ctx: AppContext, kind: ImportKind, file: string, extra: Partial<ImportRequest> = {}) {
  const inspection = await inspectImportFile(ctx.db, kind, file);
  const result = await runImport(ctx.dbPath, {
    kind,
    file,
    sheet: inspection.sheet,
    headerRow: inspection.headerRow,
    columns: inspection.columns,
    dryRun: false,
    ...extra,
  });
  return { inspection, result };
}

export async function importAs(ctx: AppContext, kind: ImportKind, file: string, extra: Partial<ImportRequest> = {}) {
  return (await inspectAndImport(ctx, kind, file, extra)).result;
}
