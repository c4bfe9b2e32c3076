/** The import wizard's types, all from the core (types only: nothing of the core runs here). */
export type { ImportKind } from '../../../electron/core/import/column-mapping.ts';
export type { ImportInspection } from '../../../electron/core/import/inspect-file.ts';
export type { ImportResult } from '../../../electron/core/import/run-import.ts';
export type { PreviewRow, RowVerdict } from '../../../electron/core/import/import-tally.ts';
export type { ImportCounts, ImportError } from '../../../electron/core/import/row-outcome.ts';
export type { JobStatus } from '../../../electron/core/jobs/job-registry.ts';
export type { ValueReport, ValueSource } from '../../../electron/core/import/value-mapping.ts';
