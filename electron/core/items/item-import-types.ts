import type { ItemFields } from './item-schema.ts';

/** What importing one spreadsheet row would do to the item list. */
export type ItemImportAction = 'new' | 'update' | 'restore' | 'unchanged';

export interface ItemFieldChange {
  field: keyof ItemFields;
  /** The Chinese column name, e.g. 检查依据. */
  label: string;
  before: string;
  after: string;
}

export interface ItemImportRow {
  /** The row number as Excel shows it. */
  row: number;
  seq: number;
  name: string;
  action: ItemImportAction;
  changes: ItemFieldChange[];
}

/** A problem in the file, placed where the clerk can find it. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export interface ItemImportCounts {
  new: number;
  updated: number;
  restored: number;
  unchanged: number;
}

/** Shown before anything is written; `problems` non-empty means the import cannot be applied. */
export interface ItemImportPreview {
  fileName: string;
  sheetName: string;
  headerRow: number;
  rows: ItemImportRow[];
  counts: ItemImportCounts;
  problems: ImportProblem[];
}

export interface ItemImportSummary {
  fileName: string;
  counts: ItemImportCounts;
}
