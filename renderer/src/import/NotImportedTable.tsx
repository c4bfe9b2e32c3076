import Box from '@mui/material/Box';
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
  /** 'hints' lists rows imported with a 提示 instead of rows left out. */
  tone?: 'errors' | 'hints';
  /** How many rows there are in all, when `errors` lists only the first ones. */
  total?: number;
}

/** Every row that will not be (or was not) imported, or was imported with a 提示: its row number, its code and why. */
export function NotImportedTable({ errors, keyLabel, tone = 'errors', total = errors.length }: NotImportedTableProps) {
  const hints = tone === 'hints';
  return (
    <>
      <TableContainer
        sx={{ maxHeight: 220, border: 1, borderColor: hints ? 'warning.light' : 'error.light', borderRadius: 1, flexShrink: 0 }}
      >
        <Table size="small" stickyHeader aria-label={hints ? '有提示的行' : '不导入的行'}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>行号</TableCell>
              <TableCell sx={{ width: 220, whiteSpace: 'nowrap' }}>{keyLabel}</TableCell>
              <TableCell>{hints ? '提示' : '原因'}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {errors.slice(0, SHOWN).map((e) => (
              <TableRow key={e.row}>
                <TableCell>{e.row}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>
                  {e.name && <Box>{e.name}</Box>}
                  <Box sx={{ fontFamily: 'monospace', color: e.name ? 'text.secondary' : undefined }}>
                    {e.code.replace('|', ' · ') || '—'}
                  </Box>
                </TableCell>
                <TableCell>{e.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {total > Math.min(SHOWN, errors.length) && (
        <Typography variant="body2" color="text.secondary">
          只列出前 {Math.min(SHOWN, errors.length)} 行，另有 {formatCount(total - Math.min(SHOWN, errors.length))} 行
          {hints ? '。' : '，请下载错误报告查看全部。'}
        </Typography>
      )}
    </>
  );
}
