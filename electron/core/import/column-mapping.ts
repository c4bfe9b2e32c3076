import type { Db } from '../db/connection.ts';
import { cellText } from '../xlsx/cell-value.ts';
import { normaliseHeaderText } from '../xlsx/header-detect.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';

/** Which column (0 = A) holds which field, under which header row. */
export interface ColumnMapping<K extends string = string> {
  headerRow: number;
  columns: Partial<Record<K, number>>;
  /** The header text per mapped field, as the file writes it (for messages). */
  titles: Partial<Record<K, string>>;
}

export type ImportKind = 'entities' | 'inspectors' | 'conflicts';

/** Identifies a header layout: files with the same header get the same remembered mapping. */
export function headerKey(header: SheetRow): string {
  return headerKeyOf(header.cells.map((c) => cellText(c)));
}

export function headerKeyOf(titles: readonly string[]): string {
  return titles.map((t) => normaliseHeaderText(t)).join('|');
}

/** Fills in the titles from the header row for a mapping given as columns only. */
export function withTitles<K extends string>(header: SheetRow, columns: Partial<Record<K, number>>): ColumnMapping<K> {
  const titles: Partial<Record<K, string>> = {};
  for (const [key, index] of Object.entries(columns) as [K, number | undefined][]) {
    if (index !== undefined) titles[key] = cellText(header.cells[index] ?? '').replace(/\s+/g, '') || `第 ${index + 1} 列`;
  }
  return { headerRow: header.number, columns, titles };
}

export function rememberedColumns(db: Db, kind: ImportKind, key: string): Record<string, number> | null {
  const row = db.prepare('SELECT mapping FROM import_mappings WHERE kind = ? AND header_key = ?').get(kind, key) as
    { mapping: string } | undefined;
  return row ? (JSON.parse(row.mapping) as Record<string, number>) : null;
}

/** Keeps the clerk's corrected mapping for the next file with the same header. */
export function rememberColumns(db: Db, kind: ImportKind, key: string, columns: Record<string, number | undefined>): void {
  db.prepare(
    `INSERT INTO import_mappings (kind, header_key, mapping) VALUES (?, ?, ?)
     ON CONFLICT (kind, header_key) DO UPDATE SET mapping = excluded.mapping,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(kind, key, JSON.stringify(columns));
}
