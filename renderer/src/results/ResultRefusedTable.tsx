import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ResultImportEntityCell } from './ResultImportEntityCell.tsx';
import type { ResultImportRow } from './result-import-types.ts';

/** Rows 确认导入 leaves out, each problem on its own line, worded by row and column for Excel. */
export function ResultRefusedTable({ rows }: { rows: ResultImportRow[] }) {
  return (
    <TableContainer sx={{ maxHeight: 180, border: 1, borderColor: 'error.light', borderRadius: 1, flexShrink: 0 }}>
      <Table size="small" stickyHeader aria-label="不会导入的行">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56, whiteSpace: 'nowrap' }}>行号</TableCell>
            <TableCell sx={{ width: 230 }}>检查对象</TableCell>
            <TableCell>原因</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.row} data-row={row.row}>
              <TableCell sx={{ verticalAlign: 'top' }}>{row.row}</TableCell>
              <ResultImportEntityCell row={row} />
              <TableCell>
                {row.reasons.map((reason, i) => (
                  <Box key={i}>{reason}</Box>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
