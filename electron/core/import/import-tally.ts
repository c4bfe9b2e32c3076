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
  hints: CellProblem[];
}

const PREVIEW_ROWS = 50;

/**
 * Rows with a 提示 listed by row: every one up to this many, the count always exact. A file whose
 * every row has one (no 有效期 column at all) says so by the count; a list of 100,000 would not.
 */
export const HINT_ROWS = 1000;

const reasonText = (problems: readonly CellProblem[]) =>
  problems.map((p) => (p.column ? `“${p.column}”列：${p.message}` : p.message)).join('；');

/**
 * Applies outcomes through a writer and keeps the score: the counts, the first rows for the
 * preview, and every row that was not imported with its reason. The first row of a key wins;
 * a later row with the same key is reported, never written.
 */
export class ImportTally {
  readonly counts: ImportCounts = emptyCounts();
  readonly errors: ImportError[] = [];
  /** Rows imported with a 提示, the first HINT_ROWS of them. */
  readonly hints: ImportError[] = [];
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
        reason: reasonText(outcome.problems),
        values: outcome.values,
      });
    }
    const imported = verdict === 'new' || verdict === 'updated' || verdict === 'unchanged';
    if (imported && outcome.hints.length > 0) {
      this.counts.hinted += 1;
      if (this.hints.length < HINT_ROWS) {
        const name = (outcome.fields as { name?: unknown } | null)?.name;
        this.hints.push({
          row: outcome.row,
          code: outcome.key,
          ...(typeof name === 'string' ? { name } : {}),
          reason: reasonText(outcome.hints),
          values: outcome.values,
        });
      }
    }
    const blank = verdict === 'skipped' && outcome.values.length === 0;
    if (this.preview.length < PREVIEW_ROWS && !blank) {
      this.preview.push({
        row: outcome.row,
        verdict,
        values: outcome.values,
        problems: outcome.problems,
        hints: imported ? outcome.hints : [],
      });
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
