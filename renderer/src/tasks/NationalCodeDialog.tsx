import { useState, type FormEvent } from 'react';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { FormDialog } from '../common/FormDialog.tsx';

interface NationalCodeDialogProps {
  /** 抽查任务 or 年度抽查工作计划, and its name. */
  what: '抽查任务' | '年度抽查工作计划';
  name: string;
  current: string | null;
  hint: string;
  save: (code: string) => Promise<unknown>;
  onClose: () => void;
  onSaved: () => void;
}

/** 填写公示系统编号: the number 国家企业信用信息公示系统 gave, in place of the program's own. */
export function NationalCodeDialog({ what, name, current, hint, save, onClose, onSaved }: NationalCodeDialogProps) {
  const [code, setCode] = useState(current ?? '');
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await save(code);
      onSaved();
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormDialog
      title={`${what}的公示系统编号`}
      submitLabel="保存编号"
      busy={busy}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      dirty={code !== (current ?? '')}
      error={error && !error.fields?.code ? error : null}
    >
      <TextField
        label={`${name} — 公示系统编号`}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={Boolean(error?.fields?.code)}
        helperText={error?.fields?.code ?? `${hint}。公示系统已给出编号时照抄；留空则清除`}
        slotProps={{ htmlInput: { inputMode: 'numeric', style: { fontFamily: 'Consolas, monospace' } } }}
        fullWidth
        autoFocus
      />
    </FormDialog>
  );
}
