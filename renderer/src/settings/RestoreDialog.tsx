import { Fragment, useState } from 'react';
import Box from '@mui/material/Box';
import type { BackupInfo } from '../../../electron/api/types.ts';
import type { DroppedDraw } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { BACKUP_REASON_LABELS, countsText } from './backup-text.ts';
import { DroppedDraws } from './DroppedDraws.tsx';

/**
 * 恢复: shows the backup's date and what it holds, and says the current data is kept first. When
 * the core answers that the backup lacks later draws, the dialog lists them and the next press
 * confirms exactly those (a draw made meanwhile is listed again instead of being lost unseen).
 */
export function RestoreDialog({ backup, onClose, onRestored }: { backup: BackupInfo; onClose: () => void; onRestored: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [dropped, setDropped] = useState<DroppedDraw[] | null>(null);
  async function restore() {
    setBusy(true);
    setError(null);
    try {
      const result = await api.run('backup:restore', { file: backup.file, ...(dropped ? { confirmDrop: dropped.map((d) => d.id) } : {}) });
      if (result.restored) onRestored();
      else setDropped(result.dropped);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <ConfirmDialog
      open
      title="从备份恢复"
      confirmLabel={dropped ? `丢弃 ${dropped.length} 次抽取并恢复` : '恢复'}
      danger
      busy={busy}
      error={error}
      onConfirm={restore}
      onClose={onClose}
    >
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
        {dropped && <DroppedDraws dropped={dropped} />}
      </Box>
    </ConfirmDialog>
  );
}
