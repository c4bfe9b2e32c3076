import { useState } from 'react';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { AppInfo } from '../../../electron/api/types.ts';
import { files } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import { MoveDatabaseDialog } from './MoveDatabaseDialog.tsx';

/** 程序版本, 数据库位置 (with 移动数据库 in the Windows program) and 备份文件夹: what an administrator asks for first. */
export function DatabaseLocation({ info, onMoved }: { info: AppInfo; onMoved: () => void }) {
  const notify = useNotify();
  const [moving, setMoving] = useState(false);
  const reveal = files.reveal;
  // The new folder must come from the system's folder chooser, which only the Windows program has.
  const canMove = files.pickFolder !== undefined;
  const mono = { m: 0, wordBreak: 'break-all', fontFamily: 'Consolas, monospace', fontSize: '0.9em' } as const;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '7em 1fr auto', rowGap: 1, columnGap: 1, alignItems: 'center', m: 0 }}>
      <Typography component="dt" color="text.secondary">
        程序版本
      </Typography>
      <Typography component="dd" sx={{ m: 0, gridColumn: 'span 2' }} data-testid="app-version">
        {info.version}
      </Typography>
      <Typography component="dt" color="text.secondary">
        数据库位置
      </Typography>
      <Typography component="dd" sx={{ ...mono, gridColumn: canMove ? undefined : 'span 2' }} data-testid="db-path">
        {info.dbPath}
      </Typography>
      {canMove && (
        <Button size="small" startIcon={<DriveFileMoveIcon />} onClick={() => setMoving(true)}>
          移动数据库…
        </Button>
      )}
      <Typography component="dt" color="text.secondary">
        备份文件夹
      </Typography>
      <Typography component="dd" sx={{ ...mono, gridColumn: reveal ? undefined : 'span 2' }} data-testid="backup-dir">
        {info.backupDir}
      </Typography>
      {reveal && (
        <Button size="small" startIcon={<FolderOpenIcon />} onClick={() => reveal(info.backupDir).catch(notify.error)}>
          打开文件夹
        </Button>
      )}
      {moving && (
        <MoveDatabaseDialog
          current={info.dbPath}
          onClose={() => setMoving(false)}
          onMoved={() => {
            setMoving(false);
            onMoved();
          }}
        />
      )}
    </Box>
  );
}
