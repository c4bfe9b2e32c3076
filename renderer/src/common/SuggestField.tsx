import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';

interface SuggestFieldProps {
  label: string;
  value: string;
  /** Values already in use, offered as the clerk types; any other text is fine too. */
  suggestions: readonly string[];
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  sx?: SxProps<Theme>;
}

/** A text field that suggests values already in use (所属区域, 行业门类, …). */
export function SuggestField({ label, value, suggestions, onChange, error, hint, sx }: SuggestFieldProps) {
  return (
    <Autocomplete
      freeSolo
      options={suggestions}
      inputValue={value}
      onInputChange={(_event, text) => onChange(text)}
      sx={sx ?? {}}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? hint ?? ' '} fullWidth />}
    />
  );
}
