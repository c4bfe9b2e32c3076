import { useState } from 'react';
import GppGoodIcon from '@mui/icons-material/GppGood';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ChainHead, HistoryCheck } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { CopyableText } from '../common/CopyableText.tsx';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { useCall } from '../common/use-call.ts';

/** The anchor's finding, then what else the full check found, in the clerk's words. */
function resultText(result: HistoryCheck, head: ChainHead): string {
  const anchor = result.anchor;
  if (result.ok)
    return `校验通过：链头（审计日志第 ${head.id} 条）仍在记录中，此前的记录未被改写或截去；审计日志和全部抽取记录的哈希链完整。`;
  if (anchor && !anchor.ok) return `校验未通过：${anchor.detail}。请保留现状并报告系统管理员。`;
  const problems = result.audit.problems.length + result.links.problems.length + result.draws.filter((d) => !d.ok).length;
  return `链头仍在记录中${anchor ? `（${anchor.detail}）` : ''}，但哈希链校验发现 ${problems} 处问题，请用上方“审计校验”查看详情并报告系统管理员。`;
}

/**
 * 审计链头 for the bureau's 台账: the newest audit entry's hash, its number and time. Copied onto
 * paper, it later proves with `审计校验 --anchor` that nothing before it was rewritten; 校验 runs
 * that check against the head shown.
 */
export function AuditHead() {
  const head = useCall('audit:head', {});
  const [result, setResult] = useState<HistoryCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function check(anchor: string) {
    setBusy(true);
    setResult(null);
    try {
      setResult(await api.run('audit:verify', { anchor }));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const h = head.data;
  return (
    <Box component="section" aria-label="审计链头" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography sx={{ fontWeight: 600 }}>审计链头（登记台账用）</Typography>
      <Typography variant="body2" color="text.secondary">
        把它抄在台账上：以后用“审计校验 --anchor”（或下方的“校验”）可证明此前的记录未被改写。
      </Typography>
      <ErrorAlert error={head.error} />
      {head.data === null && !head.loading && !head.error && <Typography color="text.secondary">审计日志还没有记录。</Typography>}
      {h && (
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flex: 1, minWidth: 320 }}>
            <CopyableText text={h.hash} label="审计链头" testId="audit-head-hash" />
            <Typography variant="body2" color="text.secondary" data-testid="audit-head-entry" sx={{ mt: 0.5 }}>
              审计日志第 {h.id} 条（{h.action}），{formatDateTime(h.at)}
            </Typography>
          </Box>
          <Button variant="outlined" startIcon={<GppGoodIcon />} onClick={() => check(h.hash)} disabled={busy}>
            校验
          </Button>
        </Box>
      )}
      <ErrorAlert error={error} />
      {result && h && (
        <Alert severity={result.ok ? 'success' : 'error'} data-testid="audit-head-result">
          {resultText(result, h)}
        </Alert>
      )}
    </Box>
  );
}
