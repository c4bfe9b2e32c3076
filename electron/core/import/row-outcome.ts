/** A problem in one cell, named by the column's header as the file writes it. */
export interface CellProblem {
  column: string;
  message: string;
}

/**
 * What reading one spreadsheet row gave: fields ready to write, or why the row is kept out.
 * `flagged` rows are kept out unless the clerk accepts them (a checksum failure); `rejected`
 * rows cannot be imported; `skipped` rows are blank, totals (合计/总计) or signature and note
 * lines below the table (制表人, 备注：…).
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
  /** 提示: the row is imported, but something in it was not taken as written (a value nobody mapped, a missing 有效期). */
  hints: CellProblem[];
  /**
   * Fields whose cell is blank where a blank says nothing (登记状态, 信用风险分类, 状态, 有效期): an
   * existing record keeps its stored value for them, as it does for every column the file lacks.
   */
  keep?: string[];
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
  /** Rows imported with a 提示 (counted in new / updated / unchanged too). */
  hinted: number;
}

export function emptyCounts(): ImportCounts {
  return { total: 0, new: 0, updated: 0, unchanged: 0, flagged: 0, flaggedAccepted: 0, rejected: 0, skipped: 0, hinted: 0 };
}

/** A row that was not imported, as the CLI and the error report list it. */
export interface ImportError {
  row: number;
  code: string;
  /** Whose row it is (the entity's or the inspector's name), where the row names one. */
  name?: string;
  reason: string;
  values: string[];
}

/** Totals rows at the bottom of a sheet: "合计", "总计", "合 计：", "小计". */
function isTotalsRow(values: readonly string[]): boolean {
  return values.some((v) => v.includes('计') && /^(合|总|小)\s*计\s*[:：]?$/.test(v.trim()));
}

/**
 * The lines a clerk's table ends with: signatures (制表人：王建华 审核人：李秀英, 制表：, 负责人：),
 * the seal line (单位（盖章）), dates of filling in, and notes (填表说明, 备注：…, 说明：…). Judged by the
 * row's first non-blank cell, which is where these lines start; 负责人, 联系人, 备注 and 说明 need
 * their colon, since a data cell may begin with the word.
 */
const FOOTER_START = /^(制表|审核|填表|填报|复核人|单位负责人|单位\(?盖章|盖章|(负责人|联系人|联系电话|备注|说明|注)[:：])/;

const FOOTER_FIRST_CHARS = '制审填复单盖负联备说注';

export function isFooterRow(values: readonly string[]): boolean {
  const first = values.find((v) => v.trim() !== '')?.trim();
  // Almost every row starts with a code or a name: one character decides before any folding.
  return first !== undefined && FOOTER_FIRST_CHARS.includes(first[0]!) && FOOTER_START.test(first.normalize('NFKC').replace(/\s+/g, ''));
}

/** Rows that are part of the sheet but not of the table: totals and footers. */
export function isOutsideTable(values: readonly string[]): boolean {
  return isTotalsRow(values) || isFooterRow(values);
}
