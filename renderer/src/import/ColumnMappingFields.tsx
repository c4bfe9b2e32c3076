import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ImportInspection } from './import-types.ts';

interface ColumnMappingFieldsProps {
  inspection: ImportInspection;
  columns: Record<string, number>;
  onChange: (key: string, index: number | null) => void;
}

const NONE = '';

/** The first non-blank value of a column in the sample, so the clerk sees what it holds. */
function exampleOf(inspection: ImportInspection, index: number): string {
  const value = inspection.sample.map((r) => r.values[index]?.trim() ?? '').find(Boolean);
  return value ? `例：${value.length > 24 ? `${value.slice(0, 24)}…` : value}` : '样例中这一列是空的';
}

/** For each field of the record, which column of the file fills it; required fields are marked. */
export function ColumnMappingFields({ inspection, columns, onChange }: ColumnMappingFieldsProps) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', columnGap: 2, rowGap: 1 }}>
      {inspection.fields.map((field) => {
        const index = columns[field.key];
        const unmapped = index === undefined;
        return (
          <TextField
            key={field.key}
            select
            label={field.label}
            required={field.required}
            value={unmapped ? NONE : String(index)}
            onChange={(e) => onChange(field.key, e.target.value === NONE ? null : Number(e.target.value))}
            error={field.required && unmapped}
            helperText={unmapped ? (field.required ? '必须选择一列' : ' ') : exampleOf(inspection, index)}
            slotProps={{
              select: { displayEmpty: true },
              inputLabel: { shrink: true },
              formHelperText: { sx: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } },
            }}
          >
            <MenuItem value={NONE}>
              <em>（不导入）</em>
            </MenuItem>
            {inspection.headers.map((h) => (
              <MenuItem key={h.index} value={String(h.index)}>
                {h.title}
              </MenuItem>
            ))}
          </TextField>
        );
      })}
    </Box>
  );
}
