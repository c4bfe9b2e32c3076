import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import type { ResultImportRow } from './result-import-types.ts';

/** The entity a file row names: its name, and its credit code beneath in small type. */
export function ResultImportEntityCell({ row, rowSpan }: { row: ResultImportRow; rowSpan?: number }) {
  return (
    <TableCell rowSpan={rowSpan} sx={{ verticalAlign: 'top' }}>
      <Box>{row.name || '—'}</Box>
      <Box sx={{ fontFamily: 'Consolas, monospace', fontSize: '0.8rem', color: 'text.secondary' }}>{row.code || '（无代码）'}</Box>
    </TableCell>
  );
}
