import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { RepeatOverridesField } from './RepeatOverridesField.tsx';
import { CLASS_KEYS } from './task-form-values.ts';
import type { TaskFieldsProps } from './TaskFormFields.tsx';

const percent = {
  input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
  htmlInput: { min: 0, max: 100, step: 'any' },
};

/** How many: a count or a ratio (per 信用风险分类 if wanted), and 避免重复抽查. */
export function TaskQuotaFields({ values, reasons, onChange }: TaskFieldsProps) {
  const amountError = reasons.count ?? reasons.ratio;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1.5 }}>
        <RadioGroup
          row
          aria-label="抽取方式"
          value={values.mode}
          onChange={(e) => onChange('mode', e.target.value as 'count' | 'ratio')}
          sx={{ flexShrink: 0, pt: 0.25 }}
        >
          <FormControlLabel value="count" control={<Radio size="small" />} label="按数量" />
          <FormControlLabel value="ratio" control={<Radio size="small" />} label="按比例" />
        </RadioGroup>
        {values.mode === 'count' ? (
          <TextField
            key="count"
            label="抽取数量"
            type="number"
            value={values.count}
            onChange={(e) => onChange('count', e.target.value)}
            error={Boolean(amountError)}
            helperText={amountError ?? '至少 1 户，不超过候选数量'}
            sx={{ flex: 1 }}
            slotProps={{ input: { endAdornment: <InputAdornment position="end">户</InputAdornment> }, htmlInput: { min: 1, step: 1 } }}
          />
        ) : (
          <TextField
            key="ratio"
            label="抽查比例"
            type="number"
            value={values.ratio}
            onChange={(e) => onChange('ratio', e.target.value)}
            error={Boolean(amountError)}
            helperText={amountError ?? '大于 0%，至多 100%；按候选数量计算，向上取整，至少 1 户'}
            sx={{ flex: 1 }}
            slotProps={percent}
          />
        )}
      </Box>
      {values.mode === 'ratio' && (
        <Box>
          <FormControlLabel
            control={<Checkbox size="small" checked={values.byClass} onChange={(e) => onChange('byClass', e.target.checked)} />}
            label="按信用风险分类分别设定比例（各类大于 0%、至多 100%；未填的类别按上面的比例）"
          />
          {values.byClass && (
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1, mt: 0.5 }}>
              {CLASS_KEYS.map((key) => (
                <TextField
                  key={key}
                  label={`${key} 类`}
                  type="number"
                  value={values.classRatios[key]}
                  onChange={(e) => onChange('classRatios', { ...values.classRatios, [key]: e.target.value })}
                  error={Boolean(reasons[`classRatios.${key}`])}
                  helperText={reasons[`classRatios.${key}`] ?? ' '}
                  slotProps={percent}
                />
              ))}
            </Box>
          )}
          {reasons.classRatios && <Box sx={{ color: 'error.main', fontSize: '0.8rem' }}>{reasons.classRatios}</Box>}
        </Box>
      )}
      <TextField
        label="避免重复抽查"
        type="number"
        value={values.repeatWindowMonths}
        onChange={(e) => onChange('repeatWindowMonths', e.target.value)}
        error={Boolean(reasons.repeatWindowMonths)}
        helperText={reasons.repeatWindowMonths ?? '0–60 个月：近几个月内已因相同事项被抽中的主体不再抽取；填 0 表示不排除'}
        slotProps={{
          input: {
            startAdornment: <InputAdornment position="start">近</InputAdornment>,
            endAdornment: <InputAdornment position="end">个月</InputAdornment>,
          },
          htmlInput: { min: 0, max: 60, step: 1 },
        }}
      />
      <RepeatOverridesField
        value={values.repeatOverrides}
        error={reasons.repeatOverrides}
        onChange={(list) => onChange('repeatOverrides', list)}
      />
    </Box>
  );
}
