import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';

interface NamesFieldProps {
  label: string;
  value: string[];
  options: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  hint?: string;
  sx?: SxProps<Theme>;
}

/**
 * Several names from a list, or new ones typed in (名录). A name typed and not yet confirmed with
 * Enter is kept when the field loses focus, so 保存 never drops it.
 */
export function NamesField({ label, value, options, onChange, error, hint, sx }: NamesFieldProps) {
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      filterSelectedOptions
      options={options}
      value={value}
      onChange={(_event, names) => onChange([...new Set(names.map((n) => n.trim()).filter(Boolean))])}
      sx={sx ?? {}}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? hint ?? ' '} />}
    />
  );
}
