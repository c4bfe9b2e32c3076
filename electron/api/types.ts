/**
 * Every type the renderer may see, named once: the data the contract's calls take and return.
 * The renderer imports types from here (and from contract.ts, define.ts, files.ts) only, never from
 * the core, so the core can be rearranged without the screens noticing; the boundary test holds it.
 */
export type { AppInfo } from './calls/app.ts';
export type { ExportResult } from './calls/shared.ts';
export type { Vocabulary } from '../core/vocabulary.ts';
export type { Settings } from '../core/settings/settings-service.ts';
export type { BackupInfo } from '../core/backup/backup-files.ts';
export type { DroppedDraw } from '../core/backup/restore-drops.ts';
export type { RestoreOutcome } from '../core/backup/restore.ts';
export type { JobStatus } from '../core/jobs/job-registry.ts';

export type { Item, ItemCategory, ItemInput, ItemLevel } from '../core/items/item-schema.ts';
export type {
  ImportProblem,
  ItemFieldChange,
  ItemImportAction,
  ItemImportPreview,
  ItemImportRow,
} from '../core/items/item-import-types.ts';

export type { CLOSED_STATUSES, Entity, EntityType, RiskClass } from '../core/entities/entity-schema.ts';
export type { EntityDetail } from '../core/entities/entity-service.ts';
export type { HistoryEntry } from '../core/entities/entity-history.ts';
export type { Roster } from '../core/rosters/roster-service.ts';
export type { CertState, Inspector, InspectorInput, InspectorStatus } from '../core/inspectors/inspector-schema.ts';
export type { InspectorTagCount } from '../core/inspectors/inspector-service.ts';
export type { Conflict } from '../core/inspectors/conflict-service.ts';

export type { ImportKind } from '../core/import/column-mapping.ts';
export type { PreviewRow, RowVerdict } from '../core/import/import-tally.ts';
export type { ImportInspection } from '../core/import/inspect-file.ts';
export type { ImportCounts, ImportError } from '../core/import/row-outcome.ts';
export type { ImportResult } from '../core/import/run-import.ts';
export type { ValueReport, ValueSource } from '../core/import/value-mapping.ts';

export type { Plan } from '../core/tasks/plan-service.ts';
export type { Task, TaskInput, TaskState } from '../core/tasks/task-schema.ts';
export type { PoolPreview } from '../core/draw/pool-preview.ts';
export type { DrawRecord, DrawnEntity, DrawnInspector } from '../core/draw/draw-read.ts';
export type { DrawVerification, VerifyCheck } from '../core/draw/draw-verify.ts';

export type { ResultCode, ResultInput, TaskResultRow } from '../core/results/result-schema.ts';
export type {
  ResultFieldChange,
  ResultImportCounts,
  ResultImportField,
  ResultImportOutcome,
  ResultImportRow,
  ResultImportVerdict,
} from '../core/results/result-import-types.ts';
export type { ReviewInput, ReturnInput, ReviewOutcome } from '../core/results/result-review.ts';
export type { Staff, StaffInput } from '../core/staff/staff-schema.ts';
export type { SignedIn } from '../core/staff/signed-in.ts';
export type { ResultExport } from '../core/results/result-export.ts';
export type { PublicationRow, PublicationState } from '../core/publication/publication-service.ts';
export type { DispositionRow } from '../core/results/dispositions.ts';
export type { AbnormalRow, AbnormalState } from '../core/results/abnormal-list.ts';
export type { OverdueSummary } from '../core/results/overdue.ts';
export type { PublicationSummary, PublicationRecord, PublicationReadiness, EntityRef } from '../core/publication/publication-read.ts';
export type {
  PublicationContent,
  PublishedRow,
  PublishedItem,
  FieldChange,
  PublicationKind,
} from '../core/publication/publication-content.ts';
export type { NationalCodes, NationalPlan } from '../core/tasks/national-code.ts';
export type { GsxtExportResult } from '../core/publication/gsxt-export.ts';
export type { StatsBy, StatsCounts, StatsReport, StatsRow } from '../core/stats/stats-types.ts';
export type { StatsRate } from '../core/stats/stats-rate.ts';

export type { BatchResult } from '../core/documents/batches/document-batch.ts';
export type { DocumentFontsInfo } from '../core/documents/pdf/fonts.ts';
export type { DocumentType } from '../core/documents/templates/template-catalog.ts';
export type { TemplateInfo } from '../core/documents/templates/template-store.ts';
export type { Ceremony } from '../core/draw/draw-ceremony.ts';
export type { SeedParts } from '../core/draw/draw-content.ts';
export type { DrawProof } from '../core/draw/draw-proof.ts';
export type { AnchorCheck, ChainHead, HistoryCheck } from '../core/audit/history-check.ts';
