import { cellText } from '../xlsx/cell-value.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import { withTitles, type ColumnMapping, type ImportKind } from './column-mapping.ts';
import { readEntityRow } from './entity-row.ts';
import { readConflictRow, readInspectorRow } from './inspector-row.ts';
import type { RowOutcome } from './row-outcome.ts';
import { openTableFile } from './table-file.ts';
import { PREVIEW_ROWS } from './import-tally.ts';

export interface ReadRequest {
  kind: ImportKind;
  file: string;
  sheet: string;
  headerRow: number;
  /** Column index per field, as the clerk confirmed it. */
  columns: Record<string, number>;
}

/** What the reader sends: the header row (once), then batches of outcomes. */
export type ReadEvent = { header: string[] } | { batch: RowOutcome<unknown>[] };

export const BATCH_SIZE = 500;

function blankRow(row: number): RowOutcome<unknown> {
  return { row, status: 'skipped', key: '', fields: null, problems: [], values: [] };
}

const READERS: Record<ImportKind, (row: SheetRow, mapping: ColumnMapping<never>) => RowOutcome<unknown>> = {
  entities: readEntityRow as never,
  inspectors: readInspectorRow as never,
  conflicts: readConflictRow as never,
};

/**
 * Reads the table below its header and turns each row into an outcome, in batches. Runs in the
 * reading worker, so parsing a large file uses the second core while the database is written.
 */
export async function* readOutcomeBatches(request: ReadRequest): AsyncGenerator<ReadEvent> {
  const table = await openTableFile(request.file);
  const read = READERS[request.kind];
  let mapping: ColumnMapping | null = null;
  let batch: RowOutcome<unknown>[] = [];
  let okRows = 0;
  let lastRow = request.headerRow;
  try {
    for await (const row of table.rows(request.sheet)) {
      if (row.number === request.headerRow) {
        mapping = withTitles(row, request.columns);
        yield { header: row.cells.map((c) => cellText(c).replace(/\s+/g, '')) };
      }
      if (row.number <= request.headerRow || !mapping) continue;
      // Blank rows never reach us (the reader drops them); the gaps they leave are counted.
      for (let blank = lastRow + 1; blank < row.number; blank++) batch.push(blankRow(blank));
      lastRow = row.number;
      const outcome = read(row, mapping as ColumnMapping<never>);
      // Only the preview's first rows and the rows left out need their original cells.
      if (outcome.status === 'ok' && ++okRows > PREVIEW_ROWS) outcome.values = [];
      batch.push(outcome);
      if (batch.length >= BATCH_SIZE) {
        yield { batch };
        batch = [];
      }
    }
    if (batch.length > 0) yield { batch };
  } finally {
    table.close();
  }
}
