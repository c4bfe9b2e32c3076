import type { CellProblem, ImportCounts, ImportError, RowOutcome } from './row-outcome.ts';
import { emptyCounts } from './row-outcome.ts';
import type { RowWriter } from './entity-import-writer.ts';

export type RowVerdict = 'new' | 'updated' | 'unchanged' | 'flagged' | 'rejected' | 'skipped';

/** A row as the preview shows it: what happens to it and which cells are wrong. */
export interface PreviewRow {
  row: number;
  verdict: RowVerdict;
  values: string[];
  problems: CellProblem[];
}

export const PREVIEW_ROWS = 50;

/**
 * Applies outcomes through a writer and keeps the score: the counts, the first rows for the
 * preview, and every row that was not imported with its reason. The first row of a key wins;
 * a later row with the same key is reported, never written.
 */
export class ImportTally {
  readonly counts: ImportCounts = emptyCounts();
  readonly errors: ImportError[] = [];
  readonly preview: PreviewRow[] = [];
  private readonly firstRowOf = new Map<string, number>();
  private readonly writer: RowWriter<unknown>;
  private readonly acceptFlagged: boolean;

  constructor(writer: RowWriter<unknown>, acceptFlagged: boolean) {
    this.writer = writer;
    this.acceptFlagged = acceptFlagged;
  }

  add(outcome: RowOutcome<unknown>): void {
    this.counts.total += 1;
    const verdict = this.judge(outcome);
    this.counts[verdict] += 1;
    if (verdict === 'flagged' || verdict === 'rejected') {
      this.errors.push({
        row: outcome.row,
        code: outcome.key,
        reason: outcome.problems.map((p) => (p.column ? `“${p.column}”列：${p.message}` : p.message)).join('；'),
        values: outcome.values,
      });
    }
    const blank = verdict === 'skipped' && outcome.values.length === 0;
    if (this.preview.length < PREVIEW_ROWS && !blank) {
      this.preview.push({ row: outcome.row, verdict, values: outcome.values, problems: outcome.problems });
    }
  }

  private judge(outcome: RowOutcome<unknown>): RowVerdict {
    if (outcome.status === 'skipped') return 'skipped';
    if (outcome.status === 'rejected' || outcome.fields === null) return 'rejected';
    if (outcome.status === 'flagged' && !this.acceptFlagged) return 'flagged';
    const first = this.firstRowOf.get(outcome.key);
    if (first !== undefined) {
      outcome.problems.push({ column: outcome.keyColumn ?? '', message: `与第 ${first} 行重复（同一代码或证号只导入第一行）` });
      return 'rejected';
    }
    this.firstRowOf.set(outcome.key, outcome.row);
    const result = this.writer.write(outcome as RowOutcome<unknown> & { fields: unknown }, outcome.status === 'flagged');
    if (typeof result === 'object') {
      outcome.problems.push({ column: '', message: result.reason });
      return 'rejected';
    }
    if (outcome.status === 'flagged') this.counts.flaggedAccepted += 1;
    return result;
  }
}
