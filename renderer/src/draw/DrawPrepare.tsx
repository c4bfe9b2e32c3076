import { useEffect, useState, type FormEvent } from 'react';
import CasinoIcon from '@mui/icons-material/Casino';
import LockIcon from '@mui/icons-material/Lock';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import type { Ceremony } from '../../../electron/api/types.ts';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { rememberOperator, rememberedOperator } from '../common/operator-name.ts';
import { useCall } from '../common/use-call.ts';
import type { DrawRecord, Task } from '../tasks/task-types.ts';
import { AbandonDialog } from './AbandonDialog.tsx';
import { ConfirmDrawDialog } from './ConfirmDrawDialog.tsx';
import { OpenCeremonyNotice } from './OpenCeremonyNotice.tsx';
import { PoolPreviewFacts } from './PoolPreviewFacts.tsx';
import { WitnessStep } from './WitnessStep.tsx';
import { MIN_WITNESS_DIGITS } from './witness-digits.ts';

interface DrawPrepareProps {
  task: Task;
  version: number;
  onDrawn: () => void;
  /** Whether the 监督人's step is on screen, for the stepper above. */
  onWitnessing: (witnessing: boolean) => void;
}

/** The same checks as the core's, before a start that would only fail at 完成抽取. */
function peopleProblems(operator: string, witness: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!operator.trim()) fields.operator = '请填写操作人';
  if (!witness.trim()) fields.witness = '请填写监督人';
  else if (witness.trim() === operator.trim()) fields.witness = '监督人不能与操作人为同一人';
  return fields;
}

/**
 * Step 1: the pool as it stands now, 操作人 and 监督人, and 开始抽取, which fixes the secret and
 * shows its commitment (step 2, WitnessStep). A start left open is offered to be continued or
 * given up. The one-click draw stays available, marked as such on the record.
 */
export function DrawPrepare({ task, version, onDrawn, onWitnessing }: DrawPrepareProps) {
  const notify = useNotify();
  const preview = useCall('tasks:poolPreview', { id: task.id }, version);
  const ceremonies = useCall('draws:ceremonies', { taskId: task.id }, version);
  const [operator, setOperator] = useState(rememberedOperator);
  const [witness, setWitness] = useState('');
  const [plain, setPlain] = useState(false);
  const [active, setActive] = useState<Ceremony | null>(null);
  const [abandoning, setAbandoning] = useState<Ceremony | null>(null);
  const [confirmPlain, setConfirmPlain] = useState(false);
  const [confirmStart, setConfirmStart] = useState(false);
  const [people, setPeople] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);
  const open = ceremonies.data?.find((c) => c.outcome === 'open') ?? null;
  const reasons = { ...people, ...(error?.fields ?? {}) };

  // A start left open already names who was present: she continues with them instead of retyping.
  // Once per open start (its id), not on every reload of the list, so her own edits stay.
  const openId = open?.id ?? null;
  useEffect(() => {
    if (!open) return;
    setOperator(open.operator);
    setWitness(open.witness);
  }, [openId]);

  // While a start is open the draw is at the 监督人's step, also when the page was just reopened.
  const atWitnessStep = active !== null || open !== null;
  useEffect(() => onWitnessing(atWitnessStep), [atWitnessStep, onWitnessing]);

  /** Only the 监督人 who saw the commitment may type the digits (the core refuses anyone else, in the same words). */
  function continueOpen(ceremony: Ceremony) {
    if (!peopleReady()) return;
    if (witness.trim() !== ceremony.witness) {
      setPeople({
        witness: `开始抽取时看到承诺值的监督人是${ceremony.witness}，须由他本人输入随机数完成抽取。如监督人已换人，请放弃这次开始，重新开始抽取。`,
      });
      return;
    }
    setActive(ceremony);
  }

  function peopleReady(): boolean {
    const problems = peopleProblems(operator, witness);
    setPeople(problems);
    setError(null);
    return Object.keys(problems).length === 0;
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!peopleReady()) return;
    if (plain) setConfirmPlain(true);
    else setConfirmStart(true);
  }

  async function beginCeremony() {
    setBusy(true);
    try {
      const ceremony = await api.run('draws:start', { taskId: task.id, operator, witness });
      rememberOperator(operator);
      setActive(ceremony);
      ceremonies.reload();
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setConfirmStart(false);
      setBusy(false);
    }
  }

  async function drawPlain() {
    setBusy(true);
    try {
      drawn(await api.run('draws:run', { taskId: task.id, operator, witness }));
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setConfirmPlain(false);
      setBusy(false);
    }
  }

  function drawn(record: DrawRecord) {
    rememberOperator(operator);
    notify.success(`抽取完成并已记录（抽取记录 #${record.id}），共抽中 ${record.selected.length} 户`);
    onDrawn();
  }

  function abandoned() {
    setAbandoning(null);
    setActive(null);
    ceremonies.reload();
    notify.success('已放弃这次开始抽取，记录已保留。可以重新开始抽取。');
  }

  const locked = active !== null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <ErrorAlert error={preview.error ?? ceremonies.error} />
      {preview.data && <PoolPreviewFacts preview={preview.data} task={task} />}
      <Box component="form" noValidate onSubmit={start} aria-label="抽取前核对" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <TextField
            label="操作人"
            required
            disabled={locked}
            value={operator}
            onChange={(e) => setOperator(e.target.value)}
            error={Boolean(reasons.operator)}
            helperText={reasons.operator ?? '点击抽取的人，不超过 30 字'}
            slotProps={{ htmlInput: { maxLength: 30 } }}
            sx={{ width: 220 }}
          />
          <TextField
            label="监督人"
            required
            disabled={locked}
            value={witness}
            onChange={(e) => setWitness(e.target.value)}
            error={Boolean(reasons.witness)}
            helperText={
              reasons.witness ??
              (active ? '开始抽取时看到承诺值的监督人，只有他本人可以输入随机数' : '在场见证的人，不能与操作人相同，不超过 30 字')
            }
            slotProps={{ htmlInput: { maxLength: 30 } }}
            sx={{ width: 260 }}
          />
        </Box>
        {!locked && open && (
          <OpenCeremonyNotice ceremony={open} onContinue={() => continueOpen(open)} onAbandon={() => setAbandoning(open)} />
        )}
        {!locked && !open && (
          <>
            <Alert severity="warning" variant="outlined" role="note">
              {plain ? (
                <>
                  一键抽取：点击后程序自行生成随机种子，立即完成抽取并<strong>当场永久记录</strong>
                  ，记录上注明“一键抽取（未经监督人见证随机数）”。
                </>
              ) : (
                <>
                  点击“开始抽取”后，程序生成并锁定一个秘密随机数，显示它的<strong>承诺值</strong>
                  ；监督人记下承诺值后，输入自己想好的随机数（至少 {MIN_WITNESS_DIGITS}{' '}
                  位数字，可用骰子掷出），两者共同决定抽取结果。开始抽取会留下记录，中途放弃也会保留。
                </>
              )}
              抽取结果不能重抽，也不能修改；如确需重新抽取，只能将本次抽取作废并写明理由。请在监督人在场时操作。
            </Alert>
            {error && !error.fields.operator && !error.fields.witness && <ErrorAlert error={error} />}
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, flexWrap: 'wrap' }}>
              <Button
                type="submit"
                variant="contained"
                size="large"
                startIcon={plain ? <CasinoIcon /> : <LockIcon />}
                disabled={busy || !preview.data}
              >
                {plain ? '一键抽取' : '开始抽取'}
              </Button>
              <FormControlLabel
                control={<Checkbox size="small" checked={plain} onChange={(e) => setPlain(e.target.checked)} />}
                label="不使用监督人随机数（一键抽取）"
                slotProps={{ typography: { variant: 'body2', color: 'text.secondary' } }}
              />
            </Box>
          </>
        )}
      </Box>
      {active && (
        <WitnessStep
          key={active.id}
          ceremony={active}
          operator={operator}
          witness={active.witness}
          onDrawn={drawn}
          onAbandoned={abandoned}
        />
      )}
      {confirmStart && (
        <ConfirmDrawDialog
          title="确认开始抽取"
          facts={[
            ['操作人', operator],
            ['监督人', witness],
            ['候选对象', preview.data ? `${preview.data.poolSize} 户` : '—'],
          ]}
          irreversible={
            <>
              开始后<strong>不能撤回</strong>
              {`：程序立即生成并锁定秘密随机数，显示其承诺值，之后不能更换；这次开始永久记入抽取记录，放弃也会连同理由和时间保留；`}
              {`只有监督人${witness}本人可以输入随机数完成抽取，结果不可重抽。`}
            </>
          }
          confirmLabel="开始抽取"
          busy={busy}
          error={null}
          onConfirm={beginCeremony}
          onClose={() => setConfirmStart(false)}
        />
      )}
      {confirmPlain && (
        <ConfirmDrawDialog
          facts={[
            ['操作人', operator],
            ['监督人', witness],
            ['种子来源', '一键抽取（未经监督人见证随机数）'],
          ]}
          confirmLabel="一键抽取"
          busy={busy}
          error={null}
          onConfirm={drawPlain}
          onClose={() => setConfirmPlain(false)}
        />
      )}
      {abandoning && (
        <AbandonDialog
          ceremony={abandoning}
          operator={operator || abandoning.operator}
          onClose={() => setAbandoning(null)}
          onAbandoned={abandoned}
        />
      )}
    </Box>
  );
}
