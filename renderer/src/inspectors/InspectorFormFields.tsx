import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { SuggestField } from '../common/SuggestField.tsx';
import { DRAWN_STATUS, NOT_DRAWN_MARK, STATUS_OPTIONS, TAGS_LABEL } from './inspector-options.ts';
import type { InspectorTagCount } from './inspector-types.ts';
import { TagsField } from './TagsField.tsx';
import type { InspectorFormField, InspectorFormValues } from './inspector-form-values.ts';
import { textFieldProps } from '../common/text-field-props.ts';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';

type TextFieldName = Exclude<InspectorFormField, 'tags'>;

interface InspectorFormFieldsProps {
  values: InspectorFormValues;
  reasons: Partial<Record<InspectorFormField, string>>;
  /** 科室/所 already in use, suggested as the clerk types. */
  units: string[];
  /** 执法领域 / 业务专长 already in use, offered as chips. */
  tags: readonly InspectorTagCount[];
  onChange: <K extends InspectorFormField>(field: K, value: InspectorFormValues[K]) => void;
}

/** Every field of an inspector, each showing the core's reason when it was refused. */
export function InspectorFormFields({ values, reasons, units, tags, onChange }: InspectorFormFieldsProps) {
  const field = textFieldProps<TextFieldName>(values, reasons, onChange);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', columnGap: 2, rowGap: 1, pt: 1 }}>
      <TextField {...field('name', '姓名', 4)} required autoFocus />
      <TextField {...field('certNo', '执法证号', 5)} required />
      <TextField
        {...field('status', '状态', 3)}
        select
        helperText={reasons.status ?? (values.status === DRAWN_STATUS ? ' ' : `${NOT_DRAWN_MARK}，保留在名录中`)}
        slotProps={{ select: { renderValue: (v) => String(v) } }}
      >
        {STATUS_OPTIONS.map((s) => (
          <MenuItem key={s} value={s}>
            {s}
            {s !== DRAWN_STATUS && (
              <Box component="span" sx={{ ml: 1, color: 'text.secondary', typography: 'caption' }}>
                {NOT_DRAWN_MARK}
              </Box>
            )}
          </MenuItem>
        ))}
      </TextField>
      <DepartmentSelect
        label="所属部门"
        value={Number(values.departmentId)}
        onChange={(id) => onChange('departmentId', String(id))}
        error={reasons.departmentId}
        helperText="联合抽查时各部门从本部门人员中抽取"
        sx={{ gridColumn: 'span 4' }}
      />
      <TextField
        {...field('certExpiry', '证件有效期', 4, '执法证上的有效期截止日；不填不会被抽取')}
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
      <TagsField
        label={TAGS_LABEL}
        value={values.tags}
        options={tags}
        onChange={(v) => onChange('tags', v)}
        error={reasons.tags}
        hint="如：食品安全、特种设备、计量；按回车或“、”添加一项，可选已有的"
        placeholder="输入后按回车"
        sx={{ gridColumn: 'span 12' }}
      />
      <TextField {...field('notes', '备注', 12)} multiline minRows={2} />
    </Box>
  );
}
