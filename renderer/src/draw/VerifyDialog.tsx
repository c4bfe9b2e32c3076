import { useEffect, useState } from 'react';
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import type { DrawRecord, DrawVerification } from '../tasks/task-types.ts';

/** One check of 复核 (or of 审计校验): ✓ or ✗, what was checked, and what was found. */
export function CheckLine({ label, ok, detail }: { label: string; ok: boolean; detail: string }) {
  return (
    <Box component="li" data-ok={ok} sx={{ display: 'flex', gap: 1, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
      {ok ? <CheckCircleIcon color="success" aria-label="通过" /> : <CancelIcon color="error" aria-label="未通过" />}
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>{label}</Typography>
        <Typography variant="body2" color={ok ? 'text.secondary' : 'error'} sx={{ wordBreak: 'break-all' }}>
          {detail}
        </Typography>
      </Box>
    </Box>
  );
}

/** 复核: the core re-runs the draw from its seed and frozen pool and compares every part. */
export function VerifyDialog({ draw, onClose }: { draw: DrawRecord; onClose: () => void }) {
  const [result, setResult] = useState<DrawVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.run('draws:verify', { id: draw.id }).then(setResult, setError);
  }, [draw.id]);
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="verify-title">
      <DialogTitle id="verify-title">复核抽取记录 #{draw.id}</DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={error} />
        {!result && !error && <Typography color="text.secondary">正在按记录的随机种子和冻结名单重新计算…</Typography>}
        {result && (
          <>
            <Alert severity={result.ok ? 'success' : 'error'} sx={{ mb: 1.5 }} data-testid="verify-summary">
              {result.ok
                ? '复核通过：按记录的随机种子和冻结的候选名单重新计算，结果与记录完全一致，记录未被改动。'
                : '复核未通过：记录与重新计算的结果不一致，记录可能被改动。请保留现状并报告系统管理员。'}
            </Alert>
            <Box component="ul" aria-label="复核项目" sx={{ m: 0, p: 0, listStyle: 'none' }}>
              {result.checks.map((c) => (
                <CheckLine key={c.label} {...c} />
              ))}
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
