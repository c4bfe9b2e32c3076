import { useState, type FormEvent } from 'react';
import Typography from '@mui/material/Typography';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { asApiCallError } from '../api/api-error.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useFieldReasons } from '../common/use-field-reasons.ts';
import { todayText } from '../common/format-time.ts';
import { ResultFields } from './ResultFields.tsx';
import { EMPTY_RESULT, fieldReasons, resultInputOf, shownFindings, type ResultFormValues, type TaskItem } from './result-form-values.ts';
import type { ResultInput } from './result-types.ts';
import type { useResultCodes } from './use-result-codes.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useEdited } from '../common/use-edited.ts';

interface BulkResultDialogProps {
  count: number;
  codes: ReturnType<typeof useResultCodes>;
  /** The task's 检查事项. */
  items: readonly TaskItem[];
  /** A joint task: the department the results are entered for. */
  department?: string | undefined;
  onSave: (result: ResultInput, presentAsTeam: boolean) => Promise<void>;
  onClose: () => void;
}

/** 批量设置: the same result for every ticked entity, in one call (e.g. 1 未发现问题, 实地检查). */
export function BulkResultDialog({ count, codes, items, department, onSave, onClose }: BulkResultDialogProps) {
  const [values, setValues] = useState<ResultFormValues>({ ...EMPTY_RESULT, inspectedOn: todayText() });
  const { reasons, alert, refuse, edited } = useFieldReasons(fieldReasons);
  const [saving, setSaving] = useState(false);
  const [presentAsTeam, setPresentAsTeam] = useState(true);
  /** set: every entity gets the findings below (by default every item 已检查, nothing found); keep: each keeps its own. */
  const [findingsMode, setFindingsMode] = useState<'set' | 'keep'>('set');
  const change = <K extends keyof ResultFormValues>(field: K, value: ResultFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    edited(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const input = resultInputOf(values);
      if (findingsMode === 'set') input.itemFindings = shownFindings(items, values);
      else delete input.itemFindings;
      await onSave(input, presentAsTeam);
    } catch (err) {
      refuse(asApiCallError(err));
      setSaving(false);
    }
  }

  const dirty = useEdited([values, presentAsTeam, findingsMode]);
  return (
    <FormDialog
      dirty={dirty}
      title={`批量设置${department ? `${department}的` : ''}检查结果（${count} 户）`}
      submitLabel={`设置 ${count} 户`}
      busy={saving}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        以下结果将同时写入所选的 {count} 户，已录入的结果会被覆盖。
      </Typography>
      {alert && !Object.keys(reasons).length && <ErrorAlert error={alert} />}
      {items.length > 0 && (
        <RadioGroup
          row
          aria-label="检查事项的处理"
          value={findingsMode}
          onChange={(e) => setFindingsMode(e.target.value as 'set' | 'keep')}
          sx={{ mb: 1 }}
        >
          <FormControlLabel value="set" control={<Radio size="small" />} label="各户检查事项按下面填写" />
          <FormControlLabel value="keep" control={<Radio size="small" />} label="检查事项保持各户原样" />
        </RadioGroup>
      )}
      <ResultFields
        values={values}
        reasons={reasons}
        codes={codes}
        onChange={change}
        autoFocus
        items={items}
        withFindings={findingsMode === 'set'}
      />
      <FormControlLabel
        sx={{ mt: 1 }}
        control={<Checkbox checked={presentAsTeam} onChange={(e) => setPresentAsTeam(e.target.checked)} />}
        label="实到执法人员按各户抽取的检查组记录"
      />
      <FormHelperText sx={{ mt: 0 }}>
        {presentAsTeam ? '各户记为其检查组全体到场；个别户人员有变动的，可再逐户修改。' : '不记录实到执法人员，需要时可逐户补充。'}
      </FormHelperText>
    </FormDialog>
  );
}
