/** What a results import will do (preview) or did (commit), row by row. Types only. */

/**
 * new: the entity had no result yet; changed: its result differs in at least one field;
 * unchanged: the file says what is already entered; refused: the row cannot be imported.
 */
export type ResultImportVerdict = 'new' | 'changed' | 'unchanged' | 'refused';

/** The fields of a result the file can set, in the order the grid and the file show them. */
export type ResultImportField =
  'codes' | 'inspectedOn' | 'methods' | 'disposal' | 'findings' | 'notes' | 'inspectorsPresent' | 'itemFindings';

/** One field of one result, as the clerk reads it: "1 未发现问题", names rather than 执法证号. */
export interface ResultFieldChange {
  field: ResultImportField;
  /** The field's Chinese name (检查结果, 检查日期, …; 食品经营许可情况·是否检查 for a part of an item's finding). */
  label: string;
  /** '' where nothing was entered. */
  old: string;
  new: string;
}

/** One data row of the file. */
export interface ResultImportRow {
  /** The row number in the worksheet, as Excel shows it. */
  row: number;
  verdict: ResultImportVerdict;
  /** The task's code ('' when the row names no task that exists). */
  task: string;
  /** The 统一社会信用代码 as the file gives it (spaces removed, upper case). */
  code: string;
  /** The entity's name ('' when the code is not among the task's drawn entities). */
  name: string;
  /** changed: each field that differs; new: each field the result will have; otherwise none. */
  changes: ResultFieldChange[];
  /** refused: every problem of the row, naming its row and column (第 3 行“检查结果”列：…). */
  reasons: string[];
}

export interface ResultImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  refused: number;
}

/** What `results:import` answers, for a preview (`dryRun`) and for the commit alike. */
export interface ResultImportOutcome {
  dryRun: boolean;
  /** The file's name (not its folder), for headlines. */
  fileName: string;
  /** The codes of the tasks whose results the file sets, in file order. */
  tasks: string[];
  /** A joint task's department whose results the file sets (as printed); absent when none was named. */
  department?: string;
  counts: ResultImportCounts;
  /** Results written: new + changed after a commit, 0 after a preview. */
  written: number;
  rows: ResultImportRow[];
  /**
   * A digest of `rows`: the commit given the preview's fingerprint refuses to write when the file
   * or the entered results have changed since, so 确认导入 writes exactly what was shown.
   */
  fingerprint: string;
}
