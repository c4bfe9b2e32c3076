import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import { CATEGORY_OPTIONS, LEVEL_OPTIONS } from './item-options.ts';
import type { ItemFormField, ItemFormValues } from './item-form-values.ts';
import { textFieldProps } from '../common/text-field-props.ts';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';

interface ItemFormFieldsProps {
  values: ItemFormValues;
  reasons: Partial<Record<ItemFormField, string>>;
  onChange: (field: ItemFormField, value: string) => void;
  /** A retired item has no 序号. */
  seqDisabled: boolean;
}

/** Every field of an item, each showing the core's reason when it was refused. */
export function ItemFormFields({ values, reasons, onChange, seqDisabled }: ItemFormFieldsProps) {
  const fieldOnGrid = textFieldProps(values, reasons, onChange);
  const field = (name: ItemFormField, label: string, hint?: string) => fieldOnGrid(name, label, undefined, hint);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', columnGap: 2, rowGap: 1.5, pt: 1 }}>
      <TextField {...field('name', '抽查事项')} required autoFocus sx={{ gridColumn: 'span 10' }} />
      <TextField
        {...field('seq', '序号', seqDisabled ? '已停用的事项没有序号' : '留空则排在最后')}
        type="number"
        disabled={seqDisabled}
        sx={{ gridColumn: 'span 2' }}
        slotProps={{ htmlInput: { min: 1, step: 1 } }}
      />
      <TextField {...field('category', '事项类别')} select sx={{ gridColumn: 'span 4' }}>
        {CATEGORY_OPTIONS.map((c) => (
          <MenuItem key={c} value={c}>
            {c}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...field('level', '事项级别')} select sx={{ gridColumn: 'span 2' }}>
        {LEVEL_OPTIONS.map((l) => (
          <MenuItem key={l} value={l}>
            {l}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...field('ratio', '默认抽查比例', '可留空')}
        type="number"
        sx={{ gridColumn: 'span 3' }}
        slotProps={{
          htmlInput: { step: 'any' },
          input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
        }}
      />
      <TextField {...field('frequency', '抽查频次', '如：每年一次')} sx={{ gridColumn: 'span 3' }} />
      <DepartmentSelect
        label="实施部门"
        value={Number(values.departmentId)}
        onChange={(id) => onChange('departmentId', String(id))}
        error={reasons.departmentId}
        helperText="检查该事项的部门；其他部门的事项用于部门联合抽查"
        sx={{ gridColumn: 'span 4' }}
      />
      <TextField {...field('target', '适用对象')} multiline minRows={2} sx={{ gridColumn: 'span 8' }} />
      <TextField {...field('method', '检查方式', '每行一种方式')} multiline minRows={2} sx={{ gridColumn: 'span 12' }} />
      <TextField {...field('content', '检查内容', '编号条款每条一行')} multiline minRows={3} sx={{ gridColumn: 'span 12' }} />
      <TextField {...field('basis', '检查依据', '编号条款每条一行')} multiline minRows={5} maxRows={14} sx={{ gridColumn: 'span 12' }} />
    </Box>
  );
}
