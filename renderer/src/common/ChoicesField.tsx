import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';

interface ChoicesFieldProps<T extends string | number> {
  label: string;
  value: T[];
  options: readonly T[];
  onChange: (value: T[]) => void;
  /** How an option reads (序号 + 名称, 代码 + 名称); the value itself by default. */
  optionLabel?: (option: T) => string;
  error?: string | undefined;
  hint?: string;
  placeholder?: string;
  sx?: SxProps<Theme>;
  autoFocus?: boolean;
}

/**
 * Several values from a fixed list (抽查事项, 所属区域, 核查方式…): type to narrow, Enter to
 * choose, Backspace to drop the last one. Nothing outside the list can be entered.
 */
export function ChoicesField<T extends string | number>(props: ChoicesFieldProps<T>) {
  const label = props.optionLabel ?? String;
  return (
    <Autocomplete
      multiple
      filterSelectedOptions
      autoHighlight
      size="small"
      options={props.options}
      value={props.value}
      getOptionLabel={label}
      onChange={(_event, value) => props.onChange(value)}
      sx={props.sx ?? {}}
      renderInput={(params) => (
        <TextField
          {...params}
          label={props.label}
          autoFocus={props.autoFocus ?? false}
          placeholder={props.value.length === 0 ? props.placeholder : undefined}
          error={Boolean(props.error)}
          helperText={props.error ?? props.hint ?? ' '}
          slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
        />
      )}
    />
  );
}
