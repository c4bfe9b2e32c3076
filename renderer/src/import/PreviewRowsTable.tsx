import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { FileRowsTable, type FileRow } from './FileRowsTable.tsx';
import { VERDICT_COLORS, VERDICT_LABELS } from './import-kinds.ts';
import type { ImportResult, PreviewRow } from './import-types.ts';

/**
 * Problems by column index, matched by the column title the core names; problems with no column
 * (a duplicate code, an unknown inspector) belong to the whole row and show on its verdict.
 */
function placeProblems(problems: PreviewRow['problems'], headers: string[]): { cells: Map<number, string>; rowLevel: string[] } {
  const cells = new Map<number, string>();
  const rowLevel: string[] = [];
  for (const p of problems) {
    const index = p.column ? headers.indexOf(p.column) : -1;
    if (index < 0) rowLevel.push(p.column ? `“${p.column}”列：${p.message}` : p.message);
    else cells.set(index, cells.has(index) ? `${cells.get(index)}；${p.message}` : p.message);
  }
  return { cells, rowLevel };
}

function toFileRow(row: PreviewRow, headers: string[]): FileRow {
  const { cells, rowLevel } = placeProblems(row.problems, headers);
  const hinted = placeProblems(row.hints, headers);
  rowLevel.push(...hinted.rowLevel.map((h) => `提示：${h}`));
  const chip = <Chip size="small" label={VERDICT_LABELS[row.verdict]} color={VERDICT_COLORS[row.verdict]} />;
  return {
    row: row.row,
    values: row.values,
    problems: cells,
    hints: hinted.cells,
    attrs: { 'data-verdict': row.verdict },
    lead: rowLevel.length ? (
      <Tooltip title={rowLevel.join('；')} describeChild>
        <span style={{ cursor: 'help' }}>{chip}</span>
      </Tooltip>
    ) : (
      chip
    ),
  };
}

/** The first rows of the file and what the import does with each; wrong cells are marked red. */
export function PreviewRowsTable({ result }: { result: ImportResult }) {
  return (
    <FileRowsTable
      label="预览的行"
      headers={result.headers}
      leadTitle="结果"
      rows={result.preview.map((r) => toFileRow(r, result.headers))}
      maxHeight={280}
    />
  );
}
