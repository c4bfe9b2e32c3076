import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ImportProblem } from './item-types.ts';

/** Where each problem of the file is (行 / 列) and what is wrong, as the core words it. */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  return (
    <TableContainer sx={{ flexShrink: 0, maxHeight: 240, border: 1, borderColor: 'error.light', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label="文件中的问题">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 64 }}>行</TableCell>
            <TableCell sx={{ width: 120 }}>列</TableCell>
            <TableCell>原因</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {problems.map((p, i) => (
            <TableRow key={i}>
              <TableCell>{p.row ?? '—'}</TableCell>
              <TableCell>{p.column ?? '—'}</TableCell>
              <TableCell>{p.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
