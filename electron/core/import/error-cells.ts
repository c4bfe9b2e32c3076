import { cellText } from '../xlsx/cell-value.ts';
import { excelErrorMessage, excelErrorOf } from '../xlsx/excel-error.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { isOutsideTable, type CellProblem, type RowOutcome } from './row-outcome.ts';

export type ErrorCellCheck = (row: SheetRow) => RowOutcome<unknown> | null;

/**
 * A row whose imported cells hold an Excel error value (#N/A, #DIV/0!, …) is refused, each such
 * cell named: read as text, #N/A would become an entity's name, and read as blank it would be
 * reported as missing. Judged before the row is read, so the error never reaches the value
 * mapping's tally either. The check gives null when no mapped cell holds one; a totals or footer
 * line (合计 with a #DIV/0! in it) is left to the row reader, which skips it.
 */
export function errorCellCheck(mapping: ColumnMapping, keyField: string): ErrorCellCheck {
  const titles = mapping.titles as Record<string, string | undefined>;
  const mapped = (Object.entries(mapping.columns) as [string, number | undefined][])
    .filter((entry): entry is [string, number] => entry[1] !== undefined)
    .map(([field, index]) => ({ index, column: titles[field] ?? field }));
  const keyIndex = (mapping.columns as Record<string, number | undefined>)[keyField];
  return (row) => {
    let problems: CellProblem[] | null = null;
    for (const { index, column } of mapped) {
      const code = excelErrorOf(row.cells[index]);
      if (code) (problems ??= []).push({ column, message: excelErrorMessage(code) });
    }
    if (!problems) return null;
    const values = row.cells.map(cellText);
    if (isOutsideTable(values)) return null;
    const keyCell = keyIndex === undefined ? undefined : row.cells[keyIndex];
    const key = keyCell === undefined || excelErrorOf(keyCell) ? '' : cellText(keyCell).trim();
    return { row: row.number, status: 'rejected', key, fields: null, problems, hints: [], values };
  };
}
