/** The import wizard's types, all from the core (types only: nothing of the core runs here). */
export type { ImportKind } from '../../../electron/api/types.ts';
export type { ImportInspection } from '../../../electron/api/types.ts';
export type { ImportResult } from '../../../electron/api/types.ts';
export type { PreviewRow, RowVerdict } from '../../../electron/api/types.ts';
export type { ImportCounts, ImportError } from '../../../electron/api/types.ts';
export type { JobStatus } from '../../../electron/api/types.ts';
export type { ValueReport, ValueSource } from '../../../electron/api/types.ts';
