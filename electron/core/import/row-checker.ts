import { cellText } from '../xlsx/cell-value.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import { withTitles, type ColumnMapping, type ImportKind } from './column-mapping.ts';
import { readEntityRow, type RowContext } from './entity-row.ts';
import { errorCellCheck, type ErrorCellCheck } from './error-cells.ts';
import { readConflictRow, readInspectorRow, type InspectorDepartmentRule } from './inspector-row.ts';
import type { RowOutcome } from './row-outcome.ts';
import type { ValueMapper } from './value-mapping.ts';

const READERS: Record<ImportKind, (row: SheetRow, context: RowContext<never>) => RowOutcome<unknown>> = {
  entities: readEntityRow as never,
  inspectors: readInspectorRow as never,
  conflicts: readConflictRow as never,
};

/** The field whose text names a refused row in the list of errors. */
const KEY_FIELD: Record<ImportKind, string> = { entities: 'code', inspectors: 'certNo', conflicts: 'certNo' };

function blankRow(row: number): RowOutcome<unknown> {
  return { row, status: 'skipped', key: '', fields: null, problems: [], hints: [], values: [] };
}

/**
 * Turns the rows below the header into outcomes, in file order: the header row gives the column
 * titles for messages; the gaps the reader leaves (it drops blank rows) come out as skipped rows,
 * so every row of the file is counted.
 */
export class RowChecker {
  /** The header row's texts, once it has been seen. */
  header: string[] | null = null;
  private mapping: ColumnMapping | null = null;
  private errorCells: ErrorCellCheck | null = null;
  private lastRow: number;
  private readonly kind: ImportKind;
  private readonly headerRow: number;
  private readonly columns: Record<string, number>;
  /** The value mapping of this import, with its tally of written values. */
  readonly values: ValueMapper;

  private readonly today: string;
  /** How an inspector import decides each row's 所属部门 (issue 17); other kinds have none. */
  private readonly departments: InspectorDepartmentRule | undefined;

  constructor(
    request: { kind: ImportKind; headerRow: number; columns: Record<string, number> },
    values: ValueMapper,
    today: string,
    departments?: InspectorDepartmentRule,
  ) {
    this.departments = departments;
    this.kind = request.kind;
    this.headerRow = request.headerRow;
    this.columns = request.columns;
    this.lastRow = request.headerRow;
    this.values = values;
    this.today = today;
  }

  /** The header's text per mapped field, once the header row has been seen. */
  get titles(): Partial<Record<string, string>> {
    return this.mapping?.titles ?? {};
  }

  /** The outcomes of one row: none for the header and above, blank rows first for a gap. */
  check(row: SheetRow, emit: (outcome: RowOutcome<unknown>) => void): void {
    if (row.number === this.headerRow) {
      this.mapping = withTitles(row, this.columns);
      this.errorCells = errorCellCheck(this.mapping, KEY_FIELD[this.kind]);
      this.header = row.cells.map((c) => cellText(c).replace(/\s+/g, ''));
    }
    if (row.number <= this.headerRow || !this.mapping) return;
    for (let blank = this.lastRow + 1; blank < row.number; blank++) emit(blankRow(blank));
    this.lastRow = row.number;
    const context = {
      mapping: this.mapping as ColumnMapping<never>,
      values: this.values,
      today: this.today,
      departments: this.departments,
    };
    emit(this.errorCells!(row) ?? READERS[this.kind](row, context));
  }
}
