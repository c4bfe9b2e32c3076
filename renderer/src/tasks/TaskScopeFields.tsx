import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ChoicesField } from '../common/ChoicesField.tsx';
import { formatCount } from '../common/format-time.ts';
import { useVocabulary } from '../common/use-vocabulary.ts';
import { UNCLASSIFIED } from '../entities/entity-options.ts';
import type { TaskFieldsProps } from './TaskFormFields.tsx';

/** 名录 and the 定向 conditions; with none, the task is 不定向 (the whole 名录). */
export function TaskScopeFields({ values, reasons, options, onChange }: TaskFieldsProps) {
  const vocabulary = useVocabulary();
  const conditions = [values.area, values.industry, values.entityType, values.riskClass].filter((l) => l.length > 0).length;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 1.5, rowGap: 0.5 }}>
      <TextField
        select
        label="抽取名录"
        value={values.roster}
        onChange={(e) => onChange('roster', e.target.value)}
        error={Boolean(reasons.roster)}
        helperText={reasons.roster ?? ' '}
        sx={{ gridColumn: 'span 2' }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">全部检查对象名录库</MenuItem>
        {options.rosters.map((r) => (
          <MenuItem key={r.name} value={r.name}>
            {r.name}（{formatCount(r.entityCount)} 个）
          </MenuItem>
        ))}
      </TextField>
      <ChoicesField
        label="所属区域"
        value={values.area}
        options={options.areas}
        onChange={(v) => onChange('area', v)}
        placeholder="不限"
        error={reasons.area}
      />
      <ChoicesField
        label="行业门类"
        value={values.industry}
        options={options.industries}
        onChange={(v) => onChange('industry', v)}
        placeholder="不限"
        error={reasons.industry}
      />
      <ChoicesField
        label="主体类型"
        value={values.entityType}
        options={vocabulary.entityTypes}
        onChange={(v) => onChange('entityType', v)}
        placeholder="不限"
        error={reasons.entityType}
      />
      <ChoicesField
        label="信用风险分类"
        value={values.riskClass}
        options={[...vocabulary.riskClasses, UNCLASSIFIED]}
        onChange={(v) => onChange('riskClass', v)}
        placeholder="不限"
        error={reasons.riskClass}
      />
      <Typography variant="body2" color="text.secondary" data-testid="task-scope-kind" sx={{ gridColumn: 'span 2' }}>
        {conditions === 0 ? '不定向抽查：从所选名录的全部检查对象中抽取。' : `定向抽查：先按以上 ${conditions} 项条件筛选，再从中抽取。`}
        {vocabulary.closedStatuses.join('、')}的主体始终不参与抽取。
      </Typography>
    </Box>
  );
}
