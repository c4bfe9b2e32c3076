import { cellText } from './cell-value.ts';
import type { SheetRow } from './sheet-rows.ts';

/** A column an importer knows, by the names clerks give it. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The name our own exports write and messages use. */
  label: string;
  /** Other names seen in real files (e.g. 事项名称 for 抽查事项). */
  synonyms?: readonly string[];
  /** A header row without this column is not the header. */
  required?: boolean;
}

/** Where the header is and which column holds which key. */
export interface HeaderMatch<K extends string = string> {
  /** The row number Excel shows. */
  rowNumber: number;
  /** Cell index (0 = column A) per key found. */
  columns: Partial<Record<K, number>>;
  /** The header as written in the file (whitespace removed), per key found, for messages. */
  titles: Partial<Record<K, string>>;
  /** Labels of required columns this row lacks; empty when the row is usable. */
  missing: string[];
}

/** How many rows above the header (titles, 填报单位, dates) a sheet may have. */
const HEADER_SCAN_ROWS = 20;

/**
 * A header name reduced to what identifies it: Unicode-compatibility form (full-width letters,
 * digits and ％ become half-width), without any whitespace (cells often hold "适用\n对象"), without
 * brackets of either width, and without the * that marks required columns in templates.
 */
export function normaliseHeaderText(text: string): string {
  return text.normalize('NFKC').replace(/[\s()[\]{}（）【】〔〕［］*＊:：]/g, '');
}

/**
 * Finds the header row among the first `scanRows` non-blank rows: the row that names every required
 * column and the most columns overall (the earliest on a tie). Rows above it are titles and are
 * skipped by the caller. Returns the best candidate, whose `missing` lists what it lacks, or null
 * when no row names any known column.
 */
export function detectHeader<K extends string>(
  rows: Iterable<SheetRow>,
  specs: readonly ColumnSpec<K>[],
  scanRows = HEADER_SCAN_ROWS,
): HeaderMatch<K> | null {
  const lookup = namesLookup(specs);
  let best: { match: HeaderMatch<K>; score: number } | null = null;
  let scanned = 0;
  for (const row of rows) {
    if (scanned++ >= scanRows) break;
    const match = matchRow(row, specs, lookup);
    const found = Object.keys(match.columns).length;
    if (found === 0) continue;
    const score = (match.missing.length === 0 ? 1000 : 0) + found;
    if (!best || score > best.score) best = { match, score };
  }
  return best?.match ?? null;
}

function namesLookup<K extends string>(specs: readonly ColumnSpec<K>[]): Map<string, K> {
  const lookup = new Map<string, K>();
  for (const spec of specs) {
    for (const name of [spec.label, ...(spec.synonyms ?? [])]) {
      const key = normaliseHeaderText(name);
      if (!lookup.has(key)) lookup.set(key, spec.key);
    }
  }
  return lookup;
}

function matchRow<K extends string>(row: SheetRow, specs: readonly ColumnSpec<K>[], lookup: Map<string, K>): HeaderMatch<K> {
  const columns: Partial<Record<K, number>> = {};
  const titles: Partial<Record<K, string>> = {};
  row.cells.forEach((cell, index) => {
    const text = normaliseHeaderText(cellText(cell));
    const key = lookup.get(text);
    // A header merged across two columns matches twice; the first column holds the data.
    if (key === undefined || columns[key] !== undefined) return;
    columns[key] = index;
    titles[key] = cellText(cell).replace(/\s+/g, '');
  });
  const missing = specs.filter((s) => s.required && columns[s.key] === undefined).map((s) => s.label);
  return { rowNumber: row.number, columns, titles, missing };
}

/** "未找到表头：请确认表格中有“抽查事项”、“备注”列". */
export function headerNotFoundMessage(missingLabels: readonly string[]): string {
  return `未找到表头：请确认表格中有${missingLabels.map((l) => `“${l}”`).join('、')}列`;
}

/** True when a data row merely repeats the header (two lists pasted one under the other). */
export function isRepeatedHeader<K extends string>(row: SheetRow, header: HeaderMatch<K>): boolean {
  const keys = Object.keys(header.columns) as K[];
  return keys.every((key) => {
    const text = cellText(row.cells[header.columns[key] ?? -1] ?? '').replace(/\s+/g, '');
    return text === header.titles[key];
  });
}
