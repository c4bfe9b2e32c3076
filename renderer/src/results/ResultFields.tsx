import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ChoicesField } from '../common/ChoicesField.tsx';
import { useVocabulary } from '../common/use-vocabulary.ts';
import type { ResultFormValues } from './result-form-values.ts';
import type { useResultCodes } from './use-result-codes.ts';

interface ResultFieldsProps {
  values: ResultFormValues;
  reasons: Record<string, string>;
  codes: ReturnType<typeof useResultCodes>;
  onChange: <K extends keyof ResultFormValues>(field: K, value: ResultFormValues[K]) => void;
  autoFocus?: boolean;
}

/** 检查结果, 核查方式, 后续处置, 检查日期, 发现问题 and 备注 (the row form and 批量设置 alike). */
export function ResultFields({ values, reasons, codes, onChange, autoFocus }: ResultFieldsProps) {
  const vocabulary = useVocabulary();
  const text = (field: 'findings' | 'notes', label: string, hint: string) => (
    <TextField
      label={label}
      multiline
      minRows={field === 'findings' ? 2 : 1}
      value={values[field]}
      onChange={(e) => onChange(field, e.target.value)}
      error={Boolean(reasons[field])}
      helperText={reasons[field] ?? hint}
    />
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.75 }}>
      <ChoicesField
        label="检查结果"
        value={values.codes}
        options={codes.active}
        optionLabel={codes.describe}
        onChange={(v) => onChange('codes', v)}
        error={reasons.codes}
        hint="输入代码或文字，按 Enter 选中；可多选"
        autoFocus={autoFocus ?? false}
      />
      <ChoicesField
        label="核查方式"
        value={values.methods}
        options={vocabulary.checkMethods}
        onChange={(v) => onChange('methods', v)}
        error={reasons.methods}
      />
      <TextField
        select
        label="后续处置"
        value={values.disposal}
        onChange={(e) => onChange('disposal', e.target.value)}
        error={Boolean(reasons.disposal)}
        helperText={reasons.disposal ?? ' '}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">（未填写）</MenuItem>
        {vocabulary.disposals.map((d) => (
          <MenuItem key={d} value={d}>
            {d}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label="检查日期"
        type="date"
        value={values.inspectedOn}
        onChange={(e) => onChange('inspectedOn', e.target.value)}
        error={Boolean(reasons.inspectedOn)}
        helperText={reasons.inspectedOn ?? '公示期限从最后的检查日期起算'}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      {text('findings', '发现问题', '未发现问题可不填')}
      {text('notes', '备注', ' ')}
    </Box>
  );
}
