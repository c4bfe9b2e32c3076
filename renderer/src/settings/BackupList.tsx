import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { BackupInfo } from '../../../electron/api/types.ts';
import { formatDateTime, formatSize } from '../common/format-time.ts';
import { BACKUP_REASON_LABELS, countsText } from './backup-text.ts';

/** The backups, newest first: when, why, how big, what they hold; each can be restored. */
export function BackupList({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (b: BackupInfo) => void }) {
  return (
    <TableContainer sx={{ maxHeight: 300, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label="备份">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 140 }}>备份时间</TableCell>
            <TableCell sx={{ width: 88 }}>原因</TableCell>
            <TableCell sx={{ width: 72 }} align="right">
              大小
            </TableCell>
            <TableCell>内容</TableCell>
            <TableCell sx={{ width: 72 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {backups.length === 0 && (
            <TableRow>
              <TableCell colSpan={5} sx={{ color: 'text.secondary' }}>
                还没有备份。
              </TableCell>
            </TableRow>
          )}
          {backups.map((b) => (
            <TableRow key={b.file} data-reason={b.reason}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(b.createdAt)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{BACKUP_REASON_LABELS[b.reason]}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatSize(b.size)}
              </TableCell>
              <TableCell sx={{ color: 'text.secondary' }} title={countsText(b.counts)}>
                {countsText(b.counts, true)}
              </TableCell>
              <TableCell>
                <Button size="small" onClick={() => onRestore(b)} aria-label={`恢复 ${formatDateTime(b.createdAt)} 的备份`}>
                  恢复…
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
