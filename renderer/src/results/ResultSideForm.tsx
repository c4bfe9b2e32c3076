import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { asApiCallError } from '../api/api-error.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useFieldReasons } from '../common/use-field-reasons.ts';
import { CorrectionReasonField } from './CorrectionReasonField.tsx';
import { ResultFields } from './ResultFields.tsx';
import { ReturnedReason } from './ReturnedReason.tsx';
import { fieldReasons, formValuesOf, resultInputOf, type ResultFormValues, type TaskItem } from './result-form-values.ts';
import type { ResultInput, TaskResultRow } from './result-types.ts';
import type { useResultCodes } from './use-result-codes.ts';

interface ResultSideFormProps {
  row: TaskResultRow;
  total: number;
  lastDate: string;
  codes: ReturnType<typeof useResultCodes>;
  /** The task's 检查事项, for the findings per item. */
  items: readonly TaskItem[];
  /** A joint task: the department the result is entered for. */
  department?: string | undefined;
  /** Saves this row's result; resolves once the core has it. */
  /** `correctionReason`: a published result's change is a 更正. */
  onSave: (row: TaskResultRow, result: ResultInput, correctionReason?: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * One entity's result beside the grid. Enter saves and moves on to the next entity (Ctrl+Enter
 * from the text boxes); Esc closes without saving (asking once when something was changed).
 */
export function ResultSideForm({ row, total, lastDate, codes, items, department, onSave, onCancel }: ResultSideFormProps) {
  const [values, setValues] = useState(() => formValuesOf(row, lastDate));
  const [initial] = useState(values);
  // Esc with unsaved changes asks once (an open list's Esc may reach the form too); a second Esc closes.
  const [leaving, setLeaving] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const { reasons, alert, refuse, edited } = useFieldReasons(fieldReasons);
  const [saving, setSaving] = useState(false);
  const [correction, setCorrection] = useState('');
  const change = <K extends keyof ResultFormValues>(field: K, value: ResultFormValues[K]) => {
    setLeaving(false);
    setValues((v) => ({ ...v, [field]: value }));
    edited(field);
  };
  const togglePresent = (cert: string, on: boolean) =>
    change('inspectorsPresent', on ? [...values.inspectorsPresent, cert] : values.inspectorsPresent.filter((c) => c !== cert));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave(row, resultInputOf(values), row.result?.publishedOn ? correction.trim() : undefined);
    } catch (err) {
      refuse(asApiCallError(err));
      setSaving(false);
      // The refusal may sit above or below the scrolled part of the panel: bring it into sight.
      requestAnimationFrame(() =>
        body.current?.querySelector('.Mui-error, [role="alert"]')?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
      );
    }
  }

  function keys(event: KeyboardEvent<HTMLFormElement>) {
    // An open option list handles its own Enter and Esc first (and marks the event handled).
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      const unsaved = JSON.stringify(values) !== JSON.stringify(initial) || correction !== '';
      if (unsaved && !leaving) setLeaving(true);
      else onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <Paper
      variant="outlined"
      component="form"
      noValidate
      onSubmit={submit}
      onKeyDown={keys}
      aria-label="录入检查结果"
      sx={{ width: 380, flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, px: 2, pt: 1.5, pb: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary">
            第 {row.position} 户，共 {total} 户{department ? `　${department}录入` : ''}
          </Typography>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.3 }} data-testid="result-form-entity">
            {row.name}
          </Typography>
          <Typography variant="caption" sx={{ fontFamily: 'Consolas, monospace' }} color="text.secondary">
            {row.code}
          </Typography>
        </Box>
        <IconButton aria-label="关闭" onClick={onCancel} size="small">
          <CloseIcon fontSize="small" />
        </IconButton>
      </Box>
      <Box ref={body} sx={{ flex: 1, overflow: 'auto', px: 2, pt: 1.5 }}>
        {leaving && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            有尚未保存的修改。再按一次 Esc 放弃修改并关闭；按 Enter 或“保存并下一户”保存。
          </Alert>
        )}
        <ReturnedReason row={row} />
        <CorrectionReasonField
          row={row}
          value={correction}
          onChange={(v) => (setCorrection(v), edited('correctionReason'))}
          reason={reasons.correctionReason}
        />
        {alert && !Object.keys(reasons).length && <ErrorAlert error={alert} />}
        <ResultFields values={values} reasons={reasons} codes={codes} onChange={change} autoFocus items={items} closure={row.result} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          实到执法人员
        </Typography>
        <FormGroup row aria-label="实到执法人员">
          {row.team.map((t) => (
            <FormControlLabel
              key={t.certNo}
              control={
                <Checkbox
                  size="small"
                  checked={values.inspectorsPresent.includes(t.certNo)}
                  onChange={(e) => togglePresent(t.certNo, e.target.checked)}
                />
              }
              label={t.name}
            />
          ))}
        </FormGroup>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25, borderTop: 1, borderColor: 'divider' }}>
        <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }}>
          Enter 保存并转到下一户　Esc 取消
        </Typography>
        <Button onClick={onCancel}>取消</Button>
        <Button type="submit" variant="contained" disabled={saving}>
          保存并下一户
        </Button>
      </Box>
    </Paper>
  );
}
