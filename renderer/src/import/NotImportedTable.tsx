import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatCount } from '../common/format-time.ts';
import type { ImportError } from './import-types.ts';

const SHOWN = 200;

interface NotImportedTableProps {
  errors: ImportError[];
  keyLabel: string;
}

/** Every row that will not be (or was not) imported: its row number, its code and why. */
export function NotImportedTable({ errors, keyLabel }: NotImportedTableProps) {
  return (
    <>
      <TableContainer sx={{ maxHeight: 220, border: 1, borderColor: 'error.light', borderRadius: 1, flexShrink: 0 }}>
        <Table size="small" stickyHeader aria-label="不导入的行">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>行号</TableCell>
              <TableCell sx={{ width: 220, whiteSpace: 'nowrap' }}>{keyLabel}</TableCell>
              <TableCell>原因</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {errors.slice(0, SHOWN).map((e) => (
              <TableRow key={e.row}>
                <TableCell>{e.row}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{e.code.replace('|', ' · ') || '—'}</TableCell>
                <TableCell>{e.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {errors.length > SHOWN && (
        <Typography variant="body2" color="text.secondary">
          只列出前 {SHOWN} 行，另有 {formatCount(errors.length - SHOWN)} 行，请下载错误报告查看全部。
        </Typography>
      )}
    </>
  );
}
