import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { SuggestField } from '../common/SuggestField.tsx';
import { FIELD_OPTIONS, STATUS_OPTIONS } from './inspector-options.ts';
import type { InspectorFormField, InspectorFormValues } from './inspector-form-values.ts';
import { textFieldProps } from '../common/text-field-props.ts';

type TextFieldName = Exclude<InspectorFormField, 'fields'>;

interface InspectorFormFieldsProps {
  values: InspectorFormValues;
  reasons: Partial<Record<InspectorFormField, string>>;
  /** 科室/所 already in use, suggested as the clerk types. */
  units: string[];
  onChange: <K extends InspectorFormField>(field: K, value: InspectorFormValues[K]) => void;
}

/** Every field of an inspector, each showing the core's reason when it was refused. */
export function InspectorFormFields({ values, reasons, units, onChange }: InspectorFormFieldsProps) {
  const field = textFieldProps<TextFieldName>(values, reasons, onChange);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', columnGap: 2, rowGap: 1, pt: 1 }}>
      <TextField {...field('name', '姓名', 4)} required autoFocus />
      <TextField {...field('certNo', '执法证号', 5)} required />
      <TextField {...field('status', '状态', 3)} select>
        {STATUS_OPTIONS.map((s) => (
          <MenuItem key={s} value={s}>
            {s}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...field('certExpiry', '证件有效期', 4, '执法证上的有效期截止日')}
        type="date"
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <SuggestField
        label="所属科室/所"
        value={values.unit}
        suggestions={units}
        onChange={(v) => onChange('unit', v)}
        error={reasons.unit}
        sx={{ gridColumn: 'span 4' }}
      />
      <TextField {...field('phone', '联系电话', 4)} />
      <TextField
        select
        label="执法领域"
        value={values.fields}
        onChange={(e) => onChange('fields', e.target.value as unknown as InspectorFormValues['fields'])}
        error={Boolean(reasons.fields)}
        helperText={reasons.fields ?? '可多选；按事项类别匹配抽查事项'}
        sx={{ gridColumn: 'span 12' }}
        slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).join('、') } }}
      >
        {FIELD_OPTIONS.map((f) => (
          <MenuItem key={f} value={f}>
            {f}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...field('notes', '备注', 12)} multiline minRows={2} />
    </Box>
  );
}
