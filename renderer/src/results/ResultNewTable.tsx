import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ResultImportEntityCell } from './ResultImportEntityCell.tsx';
import type { ResultImportField, ResultImportRow } from './result-import-types.ts';

const valueOf = (row: ResultImportRow, field: ResultImportField) => row.changes.find((c) => c.field === field)?.new ?? '';

/** Entities without a result yet, in brief: what the file gives them (检查结果, 日期, 方式). */
export function ResultNewTable({ rows }: { rows: ResultImportRow[] }) {
  return (
    <TableContainer sx={{ maxHeight: 180, border: 1, borderColor: 'divider', borderRadius: 1, flexShrink: 0 }}>
      <Table size="small" stickyHeader aria-label="新增的结果">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56, whiteSpace: 'nowrap' }}>行号</TableCell>
            <TableCell sx={{ width: 230 }}>检查对象</TableCell>
            <TableCell>检查结果</TableCell>
            <TableCell sx={{ width: 104, whiteSpace: 'nowrap' }}>检查日期</TableCell>
            <TableCell sx={{ width: 200 }}>核查方式</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.row} data-row={row.row}>
              <TableCell sx={{ verticalAlign: 'top' }}>{row.row}</TableCell>
              <ResultImportEntityCell row={row} />
              <TableCell>{valueOf(row, 'codes')}</TableCell>
              <TableCell>{valueOf(row, 'inspectedOn')}</TableCell>
              <TableCell>{valueOf(row, 'methods')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
