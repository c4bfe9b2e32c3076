import { Fragment, useState } from 'react';
import Box from '@mui/material/Box';
import type { BackupInfo } from '../../../electron/core/backup/backup-files.ts';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { BACKUP_REASON_LABELS, countsText } from './backup-text.ts';

/** 恢复: shows the backup's date and what it holds, and says the current data is kept first. */
export function RestoreDialog({ backup, onClose, onRestored }: { backup: BackupInfo; onClose: () => void; onRestored: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function restore() {
    setBusy(true);
    try {
      await api.run('backup:restore', { file: backup.file });
      onRestored();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <ConfirmDialog open title="从备份恢复" confirmLabel="恢复" danger busy={busy} error={error} onConfirm={restore} onClose={onClose}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <span>
          将全部数据恢复为 <strong>{formatDateTime(backup.createdAt)}</strong> 的备份（{BACKUP_REASON_LABELS[backup.reason]}）。
          此后录入的内容将不在恢复后的数据中。
        </span>
        <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, px: 1.5, py: 1 }} data-testid="restore-counts">
          该备份中有：
          {countsText(backup.counts)
            .split(' · ')
            .map((part, i) => (
              <Fragment key={i}>
                {i > 0 && ' · '}
                <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                  {part}
                </Box>
              </Fragment>
            ))}
        </Box>
        <span>恢复前，程序会先把当前数据另存一份备份（“恢复前”），需要时可以再恢复回来。</span>
      </Box>
    </ConfirmDialog>
  );
}
