/** A problem in one cell, named by the column's header as the file writes it. */
export interface CellProblem {
  column: string;
  message: string;
}

/**
 * What reading one spreadsheet row gave: fields ready to write, or why the row is kept out.
 * `flagged` rows are kept out unless the clerk accepts them (a checksum failure); `rejected`
 * rows cannot be imported; `skipped` rows are blank or totals (合计/总计).
 */
export interface RowOutcome<F> {
  row: number;
  status: 'ok' | 'flagged' | 'rejected' | 'skipped';
  /** The identifying key (credit code, 执法证号) for upsert and duplicate detection. */
  key: string;
  /** The column the key was read from, where a duplicate is marked; none for a two-column key. */
  keyColumn?: string;
  fields: F | null;
  problems: CellProblem[];
  /** The row's cells as text, in file order, for the preview and the error report. */
  values: string[];
}

/** The counts every importer reports, before (preview) and after (commit) writing. */
export interface ImportCounts {
  total: number;
  new: number;
  updated: number;
  unchanged: number;
  /** Rows with a checksum failure kept out (not accepted). */
  flagged: number;
  /** Rows with a checksum failure imported because the clerk accepted them. */
  flaggedAccepted: number;
  rejected: number;
  skipped: number;
}

export function emptyCounts(): ImportCounts {
  return { total: 0, new: 0, updated: 0, unchanged: 0, flagged: 0, flaggedAccepted: 0, rejected: 0, skipped: 0 };
}

/** A row that was not imported, as the CLI and the error report list it. */
export interface ImportError {
  row: number;
  code: string;
  reason: string;
  values: string[];
}

/** Totals rows at the bottom of a sheet: "合计", "总计", "合 计：", "小计". */
export function isTotalsRow(values: readonly string[]): boolean {
  return values.some((v) => v.includes('计') && /^(合|总|小)\s*计\s*[:：]?$/.test(v.trim()));
}
