import type { PlainCell } from '../xlsx/cell-value.ts';
import { openTableFile } from './table-file.ts';

export interface ReadRequest {
  file: string;
  sheet: string;
  headerRow: number;
}

/**
 * What the reader sends: batches of non-blank rows from the header row on, as two parallel
 * arrays (row numbers, cells). Plain arrays of strings and numbers are the cheapest thing to
 * copy between threads; objects would repeat their keys for every row.
 */
export interface RawBatch {
  numbers: number[];
  cells: PlainCell[][];
}

const BATCH_SIZE = 500;

/**
 * Reads the sheet in batches. Runs in the reading worker, so unzipping and parsing the XML (the
 * larger part of an import) use the second core while the rows are checked and written.
 */
export async function* readRawBatches(request: ReadRequest): AsyncGenerator<RawBatch> {
  const table = await openTableFile(request.file);
  let batch: RawBatch = { numbers: [], cells: [] };
  try {
    for await (const chunk of table.rowChunks(request.sheet)) {
      for (const row of chunk) {
        // Title rows above the header are never needed.
        if (row.number < request.headerRow) continue;
        batch.numbers.push(row.number);
        batch.cells.push(row.cells);
      }
      if (batch.numbers.length >= BATCH_SIZE) {
        yield batch;
        batch = { numbers: [], cells: [] };
      }
    }
    if (batch.numbers.length > 0) yield batch;
  } finally {
    table.close();
  }
}
