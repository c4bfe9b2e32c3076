import { useState } from 'react';
import Box from '@mui/material/Box';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { FolderField } from '../common/FolderField.tsx';
import { useNotify } from '../common/notify.tsx';

/**
 * 移动数据库: the clerk chooses the folder in the system's chooser; the core copies the data there, switches to
 * it and keeps the old file.
 */
export function MoveDatabaseDialog({ current, onClose, onMoved }: { current: string; onClose: () => void; onMoved: () => void }) {
  const notify = useNotify();
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function move() {
    setBusy(true);
    try {
      const moved = await api.run('app:moveDatabase', { folder: folder.trim() });
      notify.success(`数据库已移到 ${moved.dbPath}；原文件 ${moved.previous} 保留未删。`);
      onMoved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <ConfirmDialog
      open
      title="移动数据库"
      confirmLabel="移动"
      busy={busy || !folder.trim()}
      error={error}
      onConfirm={move}
      onClose={onClose}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <span>
          程序会把全部数据复制到新文件夹，检查无误后改用新位置，以后的备份也放在新位置。原来的数据库文件保留不删，
          确认新位置正常后可自行删除。
        </span>
        <Box component="span" sx={{ fontSize: '0.9em', color: 'text.secondary', wordBreak: 'break-all' }}>
          当前位置：{current}
        </Box>
        <FolderField
          label="新文件夹（完整路径）"
          chooserTitle="选择数据库的新文件夹"
          value={folder}
          onChange={setFolder}
          helperText="点“选择…”选择文件夹（对话框中可新建文件夹）；其中不能已有数据库文件。"
        />
      </Box>
    </ConfirmDialog>
  );
}
