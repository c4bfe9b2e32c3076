import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { ChoicesField } from '../common/ChoicesField.tsx';
import type { TaskFieldsProps } from './TaskFormFields.tsx';

/** 任务名称, 来源 (临时 / 计划 with its plan, or a new plan), 抽查事项. */
export function TaskBasicsFields({ values, reasons, options, onChange, onNewPlan }: TaskFieldsProps & { onNewPlan: () => void }) {
  const itemLabel = new Map(options.items.map((i) => [i.id, `${i.seq ?? '—'}　${i.name}`]));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <TextField
        label="任务名称"
        required
        autoFocus
        fullWidth
        value={values.name}
        onChange={(e) => onChange('name', e.target.value)}
        error={Boolean(reasons.name)}
        helperText={reasons.name ?? '不超过 100 字，如：2026年第一批食品经营企业双随机抽查'}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1.5 }}>
        <RadioGroup
          row
          aria-label="任务来源"
          value={values.source}
          onChange={(e) => onChange('source', e.target.value as '计划' | '临时')}
          sx={{ flexShrink: 0, pt: 0.25 }}
        >
          <FormControlLabel value="临时" control={<Radio size="small" />} label="临时任务" />
          <FormControlLabel value="计划" control={<Radio size="small" />} label="年度计划" />
        </RadioGroup>
        {values.source === '计划' && (
          <>
            <TextField
              select
              label="所属年度计划"
              value={values.planId ?? ''}
              onChange={(e) => onChange('planId', Number(e.target.value))}
              error={Boolean(reasons.planId)}
              helperText={reasons.planId ?? ' '}
              sx={{ flex: 1, minWidth: 0 }}
            >
              {options.plans.length === 0 && (
                <MenuItem disabled value="">
                  还没有年度计划，请先新建
                </MenuItem>
              )}
              {options.plans.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.year}年　{p.name}
                  {p.docNo ? `（${p.docNo}）` : ''}
                </MenuItem>
              ))}
            </TextField>
            <Button startIcon={<AddIcon />} onClick={onNewPlan} sx={{ flexShrink: 0, mt: 0.25 }}>
              新建计划
            </Button>
          </>
        )}
      </Box>
      <ChoicesField
        label="抽查事项"
        value={values.itemIds}
        options={options.items.map((i) => i.id)}
        optionLabel={(id) => itemLabel.get(id) ?? `事项 ${id}`}
        onChange={(ids) => onChange('itemIds', ids)}
        error={reasons.itemIds}
        hint="至少选 1 项，可多选；只能从事项清单中选择"
        placeholder="输入序号或名称查找"
      />
    </Box>
  );
}
