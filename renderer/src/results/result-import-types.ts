/** The results import's preview types, all from the core (types only). */
export type {
  ResultFieldChange,
  ResultImportField,
  ResultImportCounts,
  ResultImportOutcome,
  ResultImportRow,
  ResultImportVerdict,
} from '../../../electron/api/types.ts';
