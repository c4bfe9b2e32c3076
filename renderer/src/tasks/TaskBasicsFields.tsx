import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { ChoicesField } from '../common/ChoicesField.tsx';
import Typography from '@mui/material/Typography';
import { ownDepartmentId } from './TaskJointFields.tsx';
import type { TaskFieldsProps } from './TaskFormFields.tsx';

/** 任务名称, 来源 (临时 / 计划 with its plan, or a new plan), 本部门 or 联合抽查, 抽查事项. */
export function TaskBasicsFields({ values, reasons, options, onChange, onNewPlan }: TaskFieldsProps & { onNewPlan: () => void }) {
  const ownId = ownDepartmentId(options.departments);
  // A 本部门 task offers 本局's items only; another department's items go into a joint task under it.
  const ownItems = options.items.filter((i) => (i.departmentId ?? ownId) === ownId);
  const itemLabel = new Map(options.items.map((i) => [i.id, `${i.seq ?? '—'}　${i.name}`]));

  /** 部门联合抽查 starts with 本局 as the lead, taking the items already chosen for 本局. */
  function chooseJoint(joint: boolean) {
    onChange('joint', joint);
    if (joint && values.departments.length === 0 && ownId !== null) {
      const itemIds = values.itemIds.filter((id) => ownItems.some((i) => i.id === id));
      onChange('departments', [{ departmentId: ownId, itemIds, perEntity: '1' }]);
    }
  }
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
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexShrink: 0 }}>
          抽查类型
        </Typography>
        <RadioGroup
          row
          aria-label="抽查类型"
          value={values.joint ? 'joint' : 'own'}
          onChange={(e) => chooseJoint(e.target.value === 'joint')}
        >
          <FormControlLabel value="own" control={<Radio size="small" />} label="本部门抽查" />
          <FormControlLabel value="joint" control={<Radio size="small" />} label="部门联合抽查（跨部门）" />
        </RadioGroup>
      </Box>
      {values.joint ? (
        <Typography variant="body2" color="text.secondary" data-testid="joint-items-note">
          联合抽查的抽查事项按部门在下方“联合抽查部门”中选择；抽取范围和数量由牵头部门确定。
        </Typography>
      ) : (
        <ChoicesField
          label="抽查事项"
          value={values.itemIds}
          options={ownItems.map((i) => i.id)}
          optionLabel={(id) => itemLabel.get(id) ?? `事项 ${id}`}
          onChange={(ids) => onChange('itemIds', ids)}
          error={reasons.itemIds}
          hint="至少选 1 项，可多选；只能从事项清单中选择"
          placeholder="输入序号或名称查找"
        />
      )}
    </Box>
  );
}
