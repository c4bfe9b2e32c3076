import { useState } from 'react';
import GppGoodIcon from '@mui/icons-material/GppGood';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { CallOutput } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { CheckLine } from '../draw/VerifyDialog.tsx';

type AuditResult = CallOutput<'audit:verify'>;

/** The problems of a failed check, each as the core words it, naming the entry or the draw. */
function problemsOf(result: AuditResult) {
  return [
    ...result.audit.problems.map((p) => ({ label: '审计日志', ok: false, detail: p })),
    ...result.draws.flatMap((d) =>
      d.checks.filter((c) => !c.ok).map((c) => ({ label: `抽取记录 #${d.drawId}：${c.label}`, ok: false, detail: c.detail })),
    ),
  ];
}

/** 审计校验: walks the audit log's hash chain and re-checks every draw. */
export function AuditCheck() {
  const [result, setResult] = useState<AuditResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function check() {
    setBusy(true);
    setResult(null);
    try {
      setResult(await api.run('audit:verify', {}));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box>
        <Button variant="outlined" startIcon={<GppGoodIcon />} onClick={check} disabled={busy}>
          审计校验
        </Button>
      </Box>
      <ErrorAlert error={error} />
      {result && (
        <Alert severity={result.ok ? 'success' : 'error'} data-testid="audit-result">
          {result.ok
            ? `校验通过：审计日志 ${result.audit.checked} 条、抽取记录 ${result.draws.length} 条，哈希链完整，未发现改动。`
            : '校验未通过：以下记录与其哈希不符，可能在程序之外被改动。请保留现状并报告系统管理员。'}
        </Alert>
      )}
      {result && !result.ok && (
        <Box component="ul" aria-label="校验发现的问题" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {problemsOf(result).map((p, i) => (
            <CheckLine key={i} {...p} />
          ))}
        </Box>
      )}
    </Box>
  );
}
