import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { useCall } from '../common/use-call.ts';

/** 本局's id: every department_id left NULL means it. */
export const OWN_DEPARTMENT = 1;

/** The value a select shows for a record's department (null = 本局). */
export const departmentValue = (id: number | null | undefined): number => id ?? OWN_DEPARTMENT;

interface DepartmentSelectProps {
  label: string;
  /** The chosen department's id; '' = none chosen (only with `emptyLabel`). */
  value: number | '';
  onChange: (id: number | '') => void;
  /** Offers '' first with this text (全部部门, 按文件中的“所属部门”列…). */
  emptyLabel?: string;
  helperText?: string;
  error?: string | undefined;
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
}

/**
 * A department from 设置 → 部门, 本局 first. 停用 departments are offered only when already chosen
 * (a record that belongs to one can still be edited).
 */
export function DepartmentSelect({ label, value, onChange, emptyLabel, helperText, error, size, sx }: DepartmentSelectProps) {
  const departments = useCall('departments:list', { includeRetired: true });
  const list = (departments.data ?? []).filter((d) => !d.retired || d.id === value);
  // Until the list arrives, a chosen id has no option yet: MUI would warn about an unknown value.
  const shown = list.some((d) => d.id === value) || value === '' ? value : '';
  return (
    <TextField
      select
      label={label}
      value={shown}
      onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))}
      error={Boolean(error)}
      helperText={error ?? helperText ?? ' '}
      size={size ?? 'medium'}
      fullWidth
      {...(sx ? { sx } : {})}
    >
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {list.map((d) => (
        <MenuItem key={d.id} value={d.id}>
          {d.name}
          {d.isOwn ? '（本局）' : ''}
          {d.retired ? '（已停用）' : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}
