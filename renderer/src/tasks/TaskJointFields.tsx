import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { ChoicesField } from '../common/ChoicesField.tsx';
import type { TaskFieldsProps } from './TaskFormFields.tsx';
import { jointTeamSize, type JointDepartmentValues } from './task-form-values.ts';
import type { DepartmentOption, TaskItemOption } from './use-task-options.ts';

/** The limits the core applies, stated before the clerk types (task-schema.ts: each ≥ 1, the team 2–10). */
export const JOINT_LIMITS = '每个部门每户至少 1 名，联合检查组每户合计 2–10 名';

/** 本局's id in the department list (its first row); items without a 实施部门 are 本局's. */
export function ownDepartmentId(departments: DepartmentOption[]): number | null {
  return departments.find((d) => d.isOwn)?.id ?? null;
}

/** The items one department may inspect: those whose 实施部门 it is. */
function itemsOf(items: TaskItemOption[], departmentId: number, ownId: number | null): TaskItemOption[] {
  return items.filter((i) => (i.departmentId ?? ownId) === departmentId);
}

/** A department as the field shows it once chosen: 本局 for the bureau itself, others by name. */
function shownName(d: DepartmentOption | undefined): string {
  return d ? (d.isOwn ? '本局' : d.name) : '';
}

/** The same in the team-size line, others by 简称. */
function shortShown(d: DepartmentOption | undefined): string {
  return d ? (d.isOwn ? '本局' : d.shortName) : '';
}

interface RowProps {
  index: number;
  row: JointDepartmentValues;
  /** Departments this row may switch to: its own and those no other row has. */
  choices: DepartmentOption[];
  items: TaskItemOption[];
  reasons: Record<string, string>;
  onChange: (row: JointDepartmentValues) => void;
  onRemove?: (() => void) | undefined;
}

/** One department: which, its 抽查事项 (only items it carries out), and its 每户执法人员 k. */
function DepartmentRow({ index, row, choices, items, reasons, onChange, onRemove }: RowProps) {
  const lead = index === 0;
  const reason = (field: string) => reasons[`departments.${index}.${field}`];
  const itemLabel = new Map(items.map((i) => [i.id, `${i.seq ?? '—'}　${i.name}`]));
  const role = lead ? '牵头部门' : '参与部门';
  return (
    <Box
      role="group"
      aria-label={`${role} ${index === 0 ? '' : index}`.trim()}
      data-testid={`joint-department-${index}`}
      sx={{ display: 'grid', gridTemplateColumns: '19em 1fr 9em 2.5em', columnGap: 1.5, alignItems: 'start' }}
    >
      <TextField
        select
        label={role}
        value={choices.some((d) => d.id === row.departmentId) ? row.departmentId : ''}
        // Another department's items are not this one's: its choice of items starts afresh.
        onChange={(e) => onChange({ ...row, departmentId: Number(e.target.value), itemIds: [] })}
        error={Boolean(reason('departmentId'))}
        helperText={reason('departmentId') ?? (lead ? '建库、抽取检查对象，派组长' : ' ')}
        // The menu names 本局 in full; the field keeps to 本局 so it fits.
        slotProps={{ select: { renderValue: (id) => shownName(choices.find((d) => d.id === id)) } }}
      >
        {choices.map((d) => (
          <MenuItem key={d.id} value={d.id}>
            {d.isOwn ? `本局（${d.name}）` : d.name}
          </MenuItem>
        ))}
      </TextField>
      <ChoicesField
        label="该部门的抽查事项"
        value={row.itemIds}
        options={items.map((i) => i.id)}
        optionLabel={(id) => itemLabel.get(id) ?? `事项 ${id}`}
        onChange={(itemIds) => onChange({ ...row, itemIds })}
        error={reason('itemIds')}
        hint={items.length === 0 ? '事项清单中还没有该部门实施的事项，请先在事项清单中添加' : '至少选 1 项；只列出实施部门为该部门的事项'}
        placeholder="输入序号或名称查找"
      />
      <TextField
        label="每户执法人员"
        type="number"
        value={row.perEntity}
        onChange={(e) => onChange({ ...row, perEntity: e.target.value })}
        error={Boolean(reason('perEntity'))}
        helperText={reason('perEntity') ?? '至少 1 名'}
        slotProps={{ input: { endAdornment: <InputAdornment position="end">名</InputAdornment> }, htmlInput: { min: 1, max: 10, step: 1 } }}
      />
      {onRemove ? (
        <Tooltip title="移除该参与部门">
          <IconButton aria-label="移除该参与部门" onClick={onRemove} sx={{ mt: 0.5 }}>
            <DeleteOutlineIcon />
          </IconButton>
        </Tooltip>
      ) : (
        <span />
      )}
    </Box>
  );
}

/**
 * 部门联合抽查: the 牵头部门 (本局 unless changed) and the 参与部门, each with its own items and
 * its own k; the joint team per entity is their sum. Filters and ratios above are the lead's.
 */
export function TaskJointFields({ values, reasons, options, onChange }: TaskFieldsProps) {
  const rows = values.departments;
  const ownId = ownDepartmentId(options.departments);
  const active = options.departments.filter((d) => !d.retired || rows.some((r) => r.departmentId === d.id));
  const used = new Set(rows.map((r) => r.departmentId));
  const unused = active.filter((d) => !used.has(d.id));
  const team = jointTeamSize(rows);
  const set = (next: JointDepartmentValues[]) => onChange('departments', next);
  const whole = reasons.departments ?? reasons.itemIds ?? reasons.inspectorsPerEntity;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="joint-departments">
      {active.length < 2 && <Alert severity="info">联合抽查须有本局以外的部门。请先在“设置 → 部门”中添加参与部门。</Alert>}
      {rows.map((row, index) => (
        <DepartmentRow
          key={index}
          index={index}
          row={row}
          choices={active.filter((d) => d.id === row.departmentId || !used.has(d.id))}
          items={itemsOf(options.items, row.departmentId, ownId)}
          reasons={reasons}
          onChange={(changed) => set(rows.map((r, i) => (i === index ? changed : r)))}
          onRemove={index > 0 ? () => set(rows.filter((_, i) => i !== index)) : undefined}
        />
      ))}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button
          startIcon={<AddIcon />}
          disabled={unused.length === 0}
          onClick={() => set([...rows, { departmentId: unused[0]!.id, itemIds: [], perEntity: '1' }])}
        >
          添加参与部门
        </Button>
        <Typography data-testid="joint-team-size" color={team < 2 || team > 10 ? 'error' : 'text.primary'}>
          联合检查组每户 <strong>{team}</strong> 名
          {rows.length > 0 &&
            `（${rows.map((r) => `${shortShown(options.departments.find((d) => d.id === r.departmentId))} ${r.perEntity || 0}`).join(' + ')}）`}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {JOINT_LIMITS}；组长由牵头部门的执法人员担任
        </Typography>
      </Box>
      {whole && (
        <Alert severity="error" data-testid="joint-error">
          {whole}
        </Alert>
      )}
    </Box>
  );
}
