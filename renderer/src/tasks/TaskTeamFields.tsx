import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { SuggestField } from '../common/SuggestField.tsx';
import { TagsField } from '../inspectors/TagsField.tsx';
import type { TaskFieldsProps } from './TaskFormFields.tsx';
import { jointTeamSize } from './task-form-values.ts';

/** 检查期限, 实施部门, how many inspectors per entity, 所需执法领域, 同所回避 and 组长. */
export function TaskTeamFields({ values, reasons, options, departments, onChange }: TaskFieldsProps & { departments: string[] }) {
  const date = (field: 'periodStart' | 'periodEnd', label: string) => (
    <TextField
      label={label}
      type="date"
      value={values[field]}
      onChange={(e) => onChange(field, e.target.value)}
      error={Boolean(reasons[field])}
      helperText={reasons[field] ?? (field === 'periodEnd' ? '不早于开始日期' : ' ')}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 1.5, rowGap: 1 }}>
      {date('periodStart', '检查开始日期')}
      {date('periodEnd', '检查结束日期')}
      <SuggestField
        label="实施部门"
        value={values.department}
        suggestions={departments}
        onChange={(v) => onChange('department', v)}
        error={reasons.department}
        hint="不超过 100 字，如：执法稽查科"
      />
      {values.joint ? (
        <TextField
          label="每户执法人员"
          value={`${jointTeamSize(values.departments)}`}
          disabled
          helperText="联合抽查：各部门人数之和，在下方按部门填写"
          slotProps={{ input: { endAdornment: <InputAdornment position="end">名</InputAdornment> } }}
        />
      ) : (
        <TextField
          label="每户执法人员"
          type="number"
          value={values.inspectorsPerEntity}
          onChange={(e) => onChange('inspectorsPerEntity', e.target.value)}
          error={Boolean(reasons.inspectorsPerEntity)}
          helperText={reasons.inspectorsPerEntity ?? '2–10 名，执法证号各不相同'}
          slotProps={{
            input: { endAdornment: <InputAdornment position="end">名</InputAdornment> },
            htmlInput: { min: 2, max: 10, step: 1 },
          }}
        />
      )}
      <TagsField
        label="所需执法领域"
        value={values.requiredTags}
        options={options.tags}
        onChange={(v) => onChange('requiredTags', v)}
        error={reasons.requiredTags}
        hint={
          values.joint ? '只约束本局的执法人员（其他部门按各自事项派人）；不填则不限' : '具备其中任一项的在岗执法人员才参与抽取；不填则不限'
        }
        placeholder="不限"
        sx={{ gridColumn: '1 / -1' }}
      />
      <FormControlLabel
        control={<Switch checked={values.sameAreaRecusal} onChange={(e) => onChange('sameAreaRecusal', e.target.checked)} />}
        label="同所回避（不派往本所辖区）"
      />
      <FormControlLabel
        control={<Switch checked={values.withLeader} onChange={(e) => onChange('withLeader', e.target.checked)} />}
        label="每组设组长"
      />
    </Box>
  );
}
