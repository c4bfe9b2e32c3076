import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { AppInfo } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';

/** Where the data lives and which version runs: what an administrator asks for first. */
export function AppInfoCard() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.run('app:info', {}).then(setInfo, setError);
  }, []);
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        程序信息
      </Typography>
      <ErrorAlert error={error} />
      {info && (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '7em 1fr', rowGap: 1, m: 0 }}>
          <Typography component="dt" color="text.secondary">程序版本</Typography>
          <Typography component="dd" sx={{ m: 0 }} data-testid="app-version">{info.version}</Typography>
          <Typography component="dt" color="text.secondary">数据库位置</Typography>
          <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all', fontFamily: 'monospace' }} data-testid="db-path">
            {info.dbPath}
          </Typography>
        </Box>
      )}
    </Paper>
  );
}
