import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';

export interface FileRow {
  row: number;
  values: string[];
  /** Shown after the row number (the verdict chip of the preview). */
  lead?: ReactNode;
  /** Problem messages by column index: the cell is marked red and says why on hover. */
  problems?: Map<number, string>;
  /** 提示 by column index: the cell is imported but marked amber, saying why on hover. */
  hints?: Map<number, string>;
  attrs?: Record<string, string>;
}

interface FileRowsTableProps {
  label: string;
  headers: string[];
  rows: FileRow[];
  /** A line under a column's title (which field it fills). */
  columnNote?: (index: number) => ReactNode;
  leadTitle?: string;
  maxHeight: number;
}

const cellSx = { maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

const PROBLEM_SX = { bgcolor: '#fde2e1', color: 'error.dark', boxShadow: 'inset 0 0 0 1px #e57373' } as const;
const HINT_SX = { bgcolor: '#fff4e0', color: 'warning.dark', boxShadow: 'inset 0 0 0 1px #ffb74d' } as const;

function ValueCell({ value, problem, hint }: { value: string; problem: string | undefined; hint: string | undefined }) {
  const note = problem ?? hint;
  if (!note) {
    return (
      <TableCell sx={cellSx} title={value.length > 14 ? value : undefined}>
        {value}
      </TableCell>
    );
  }
  return (
    <Tooltip title={problem ? note : `提示：${note}`} describeChild placement="right">
      <TableCell
        {...(problem ? { 'data-problem': 'true', 'aria-invalid': 'true' } : { 'data-hint': 'true' })}
        sx={{ ...cellSx, ...(problem ? PROBLEM_SX : HINT_SX), cursor: 'help' }}
      >
        {value || '（空）'}
      </TableCell>
    </Tooltip>
  );
}

/** Rows of the clerk's file as the file has them: original row numbers and column titles. */
export function FileRowsTable({ label, headers, rows, columnNote, leadTitle, maxHeight }: FileRowsTableProps) {
  return (
    <TableContainer sx={{ maxHeight, border: 1, borderColor: 'divider', borderRadius: 1, flexShrink: 0 }}>
      <Table size="small" stickyHeader aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ whiteSpace: 'nowrap', width: 56 }}>行号</TableCell>
            {leadTitle !== undefined && <TableCell sx={{ whiteSpace: 'nowrap' }}>{leadTitle}</TableCell>}
            {headers.map((title, i) => (
              <TableCell key={i} sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                <Box sx={{ fontWeight: 600 }}>{title}</Box>
                {columnNote?.(i)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.row} data-row={r.row} {...r.attrs}>
              <TableCell sx={{ color: 'text.secondary' }}>{r.row}</TableCell>
              {leadTitle !== undefined && <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.lead}</TableCell>}
              {headers.map((_, i) => (
                <ValueCell key={i} value={r.values[i] ?? ''} problem={r.problems?.get(i)} hint={r.hints?.get(i)} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
