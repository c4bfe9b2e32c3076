import type { ColumnSpec } from '../xlsx/header-detect.ts';
import type { ImportKind } from './column-mapping.ts';
import { CONFLICT_COLUMN_SPECS, ENTITY_COLUMN_SPECS, INSPECTOR_COLUMN_SPECS } from './roster-columns.ts';

/** What each importer calls itself in messages, and the columns it knows. */
export const IMPORT_KINDS: Record<ImportKind, { label: string; specs: readonly ColumnSpec[] }> = {
  entities: { label: '市场主体名录', specs: ENTITY_COLUMN_SPECS },
  inspectors: { label: '执法检查人员名录', specs: INSPECTOR_COLUMN_SPECS },
  conflicts: { label: '回避关系', specs: CONFLICT_COLUMN_SPECS },
};
