import { useState, type FormEvent } from 'react';
import GppGoodIcon from '@mui/icons-material/GppGood';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { HistoryCheck } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { CopyableText } from '../common/CopyableText.tsx';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useCall } from '../common/use-call.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A recorded moment as the 台账 writes it, in this PC's time: 2026年12月6日 09:53. */
function ledgerTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The core's detail names times as stored (ISO, UTC); the clerk reads them in local form. */
function localTimes(text: string): string {
  return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g, ledgerTime);
}

/** The typed value's finding, then what else the full check found, in the clerk's words. */
function resultText(result: HistoryCheck): string {
  const anchor = result.anchor;
  if (anchor && !anchor.ok) return `未找到：${localTimes(anchor.detail)}。`;
  const found = anchor ? `一致：台账上的这个值${localTimes(anchor.detail)}` : '';
  if (result.ok) return `${found}。审计日志和全部抽取记录的哈希链也完整。`;
  const problems = result.audit.problems.length + result.links.problems.length + result.draws.filter((d) => !d.ok).length;
  return `${found}，但哈希链校验发现 ${problems} 处问题，请用上方“审计校验”查看详情并报告系统管理员。`;
}

/**
 * 审计链头 for the bureau's 台账: the newest audit entry's hash, its number and time, to copy onto
 * paper; and a field to type a value copied earlier back in, which `audit:verify` looks for in
 * today's chains (the core reads it with the spaces and full-width characters of hand copying).
 */
export function AuditHead() {
  const head = useCall('audit:head', {});
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState<HistoryCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function check(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    setError(null);
    setMissing(!typed.trim());
    if (!typed.trim()) return;
    setBusy(true);
    try {
      setResult(await api.run('audit:verify', { anchor: typed }));
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
        把它抄在台账上：每次抽取之后抄一次，每月月底等固定时间再抄一次。
      </Typography>
      <Typography variant="body2" color="text.secondary">
        为什么要抄在纸上：数据库被整个换掉或截去一段后，它自己前后仍然对得上；只有保存在数据库之外的值才能发现改写。以后把台账上抄的值输入下方并点“校验”，即可证明那之前的记录未被改写或截去。
      </Typography>
      <ErrorAlert error={head.error} />
      {head.data === null && !head.loading && !head.error && <Typography color="text.secondary">审计日志还没有记录。</Typography>}
      {h && (
        <Box>
          <CopyableText text={h.hash} label="审计链头" testId="audit-head-hash" />
          <Typography variant="body2" color="text.secondary" data-testid="audit-head-entry" sx={{ mt: 0.5 }}>
            审计日志第 {h.id} 条（{h.action}），{ledgerTime(h.at)}
          </Typography>
        </Box>
      )}
      <Box
        component="form"
        noValidate
        onSubmit={check}
        aria-label="核对台账上的值"
        sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mt: 1 }}
      >
        <TextField
          label="台账上抄的值"
          size="small"
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setMissing(false);
          }}
          error={missing}
          helperText={missing ? '请输入或粘贴台账上抄的值' : '可照抄分组的空格；全角字母、数字也可以'}
          slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
          sx={{ flex: 1, minWidth: 320, '& input': { fontFamily: 'Consolas, "Courier New", monospace', fontSize: '0.9rem' } }}
        />
        <Button type="submit" variant="outlined" startIcon={<GppGoodIcon />} disabled={busy} sx={{ mt: 0.25 }}>
          校验
        </Button>
      </Box>
      <ErrorAlert error={error} />
      {result && (
        <Alert severity={result.ok ? 'success' : 'error'} data-testid="audit-head-result">
          {resultText(result)}
        </Alert>
      )}
    </Box>
  );
}
