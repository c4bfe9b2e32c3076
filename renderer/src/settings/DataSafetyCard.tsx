import { useState } from 'react';
import BackupIcon from '@mui/icons-material/Backup';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { BackupInfo } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { AuditCheck } from './AuditCheck.tsx';
import { AuditHead } from './AuditHead.tsx';
import { BackupList } from './BackupList.tsx';
import { DatabaseLocation } from './DatabaseLocation.tsx';
import { RestoreDialog } from './RestoreDialog.tsx';

/** 数据与备份: where the data lives, backups and restore, the audit check and the audit head. */
export function DataSafetyCard({ onDataReplaced }: { onDataReplaced: () => void }) {
  const notify = useNotify();
  const info = useCall('app:info', {});
  const backups = useCall('backup:list', {});
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);

  async function backupNow() {
    setBusy(true);
    try {
      await api.run('backup:create', {});
      backups.reload();
      notify.success('已备份当前数据');
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper variant="outlined" component="section" aria-label="数据与备份" sx={{ p: 3, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="h6" component="h2">
        数据与备份
      </Typography>
      <ErrorAlert error={info.error ?? backups.error} />
      {info.data && (
        <DatabaseLocation
          info={info.data}
          onMoved={() => {
            info.reload();
            backups.reload();
          }}
        />
      )}
      <Divider />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography sx={{ flex: 1 }} color="text.secondary">
          程序会在每天首次启动、升级、导入和恢复之前自动备份，较早的备份会自动清理。
        </Typography>
        <Button variant="contained" startIcon={<BackupIcon />} onClick={backupNow} disabled={busy}>
          立即备份
        </Button>
      </Box>
      <BackupList backups={backups.data ?? []} onRestore={setRestoring} />
      <Divider />
      <Typography color="text.secondary">审计校验：逐条核对审计日志和全部抽取记录的哈希链，查出程序之外对数据的改动。</Typography>
      <AuditCheck />
      <AuditHead />
      {restoring && (
        <RestoreDialog
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={() => {
            setRestoring(null);
            backups.reload();
            info.reload();
            onDataReplaced();
            notify.success('已从备份恢复。恢复前的数据已另存为备份。');
          }}
        />
      )}
    </Paper>
  );
}
