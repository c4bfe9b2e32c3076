import { useEffect, useRef, useState, type FormEvent } from 'react';
import CasinoIcon from '@mui/icons-material/Casino';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Ceremony } from '../../../electron/api/types.ts';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { formatDateTime } from '../common/format-time.ts';
import type { DrawRecord } from '../tasks/task-types.ts';
import { AbandonDialog } from './AbandonDialog.tsx';
import { CommitmentDisplay } from './CommitmentDisplay.tsx';
import { ConfirmDrawDialog } from './ConfirmDrawDialog.tsx';
import { digitsNotNumber, digitsProblem, MIN_WITNESS_DIGITS, normaliseDigits } from './witness-digits.ts';

interface WitnessStepProps {
  ceremony: Ceremony;
  operator: string;
  witness: string;
  onDrawn: (record: DrawRecord) => void;
  onAbandoned: () => void;
}

/** The core names the digits `witnessDigits` itself, and `ceremony.witnessDigits` when its schema refuses them. */
function fieldReason(error: ApiCallError | null, field: 'witnessDigits' | 'publicValue'): string | undefined {
  return error?.fields[field] ?? error?.fields[`ceremony.${field}`];
}

/**
 * Step 2 of the witnessed draw (ALGORITHM.md §2): the commitment is on screen before anyone types
 * a digit; then the 监督人 types his digits and, if the bureau uses one, a public value published
 * after the commitment; 完成抽取 asks once more and draws. 放弃 ends the start, which stays on record.
 */
export function WitnessStep({ ceremony, operator, witness, onDrawn, onAbandoned }: WitnessStepProps) {
  const [digits, setDigits] = useState('');
  const [publicValue, setPublicValue] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [abandoning, setAbandoning] = useState(false);
  const [busy, setBusy] = useState(false);
  const digitsReason = local ?? fieldReason(error, 'witnessDigits');
  const valueReason = fieldReason(error, 'publicValue');
  const otherError = error && !fieldReason(error, 'witnessDigits') && !valueReason ? error : null;
  const count = normaliseDigits(digits).replace(/\D/g, '').length;
  const step = useRef<HTMLFormElement>(null);
  // On a 768-pixel screen the step starts below the fold: bring the commitment and the fields in.
  // (In braces: newer browsers return a promise from scrollIntoView, which React would call as the cleanup.)
  useEffect(() => {
    step.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, []);

  function askToDraw(event: FormEvent) {
    event.preventDefault();
    const problem = digitsProblem(digits);
    setLocal(problem);
    if (!problem) setConfirming(true);
  }

  async function draw() {
    setBusy(true);
    try {
      const record = await api.run('draws:run', {
        taskId: ceremony.taskId,
        operator,
        witness,
        ceremony: { id: ceremony.id, witnessDigits: digits, ...(publicValue.trim() ? { publicValue } : {}) },
      });
      onDrawn(record);
    } catch (err) {
      setConfirming(false);
      setError(asApiCallError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      component="form"
      ref={step}
      noValidate
      onSubmit={askToDraw}
      aria-label="监督人输入随机数"
      sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          承诺值（{formatDateTime(ceremony.startedAt)} 由 {ceremony.operator} 开始抽取，候选 {ceremony.poolSize} 个）
        </Typography>
        <CommitmentDisplay commitment={ceremony.commitment} />
      </Box>
      <Alert severity="info" role="note" data-testid="commitment-explained">
        程序已生成并锁定秘密随机数。请监督人<strong>先记下或拍下这串承诺值</strong>，再输入自己的随机数。只有开始抽取时在场的监督人
        {witness}可以输入。
        <br />
        为什么这样做：程序在监督人想好数字之前就定下了自己的秘密随机数，看到监督人的数字后再也改不了；中途放弃的开始也会留在记录中，谁都不能悄悄重来、直到抽出自己满意的结果。抽取后记录上会公布秘密随机数，任何人都可核对它与承诺值相符。
      </Alert>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          label="监督人随机数"
          required
          autoFocus
          value={digits}
          onChange={(e) => {
            setDigits(e.target.value);
            // A letter or sign is flagged as it is typed; a short number only at 完成抽取, since it is still being typed.
            setLocal(digitsNotNumber(e.target.value));
          }}
          error={Boolean(digitsReason)}
          helperText={
            digitsReason ??
            `由监督人${witness}本人想好或掷骰子得出，至少 ${MIN_WITNESS_DIGITS} 位${count > 0 ? `，已输入 ${count} 位` : ''}`
          }
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', spellCheck: false, maxLength: 200 } }}
          sx={{ width: 330, '& input': { fontFamily: 'Consolas, monospace', fontSize: '1.2rem', letterSpacing: '0.1em' } }}
        />
        <TextField
          label="公开随机值（可不填）"
          value={publicValue}
          onChange={(e) => setPublicValue(e.target.value)}
          error={Boolean(valueReason)}
          helperText={valueReason ?? '如当天福利彩票开奖号码，不超过 200 字；必须是在承诺值公布之后才公布的数值'}
          slotProps={{ htmlInput: { autoComplete: 'off', maxLength: 200 } }}
          sx={{ flex: 1, minWidth: 300, maxWidth: 460 }}
        />
      </Box>
      {otherError && <ErrorAlert error={otherError} />}
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
        <Button type="submit" variant="contained" size="large" startIcon={<CasinoIcon />} disabled={busy}>
          完成抽取
        </Button>
        <Button color="error" onClick={() => setAbandoning(true)} disabled={busy}>
          放弃…
        </Button>
        <Typography variant="body2" color="text.secondary">
          放弃后这次开始仍留在记录中，可以重新开始抽取。
        </Typography>
      </Box>
      {confirming && (
        <ConfirmDrawDialog
          facts={[
            ['操作人', operator],
            ['监督人', witness],
            ['承诺值', `${ceremony.commitment.slice(0, 16)}…`],
            ['监督人随机数', <code key="w">{normaliseDigits(digits)}</code>],
            ['公开随机值', publicValue.trim() || '无'],
          ]}
          confirmLabel="完成抽取"
          busy={busy}
          error={null}
          onConfirm={draw}
          onClose={() => setConfirming(false)}
        />
      )}
      {abandoning && (
        <AbandonDialog ceremony={ceremony} operator={operator} onClose={() => setAbandoning(false)} onAbandoned={onAbandoned} />
      )}
    </Box>
  );
}
