import type { TextFieldProps } from '@mui/material/TextField';

/**
 * The props of a form's text field: its value, its change, and the core's reason when the field
 * was refused (else the hint). `span` places it on a 12-column grid.
 */
export function textFieldProps<K extends string>(
  values: { [P in K]: string },
  reasons: Partial<Record<string, string>>,
  onChange: (name: K, value: string) => void,
) {
  return (name: K, label: string, span?: number, hint?: string): TextFieldProps => ({
    name,
    label,
    value: values[name],
    onChange: (e) => onChange(name, e.target.value),
    error: Boolean(reasons[name]),
    helperText: reasons[name] ?? hint ?? ' ',
    fullWidth: true,
    ...(span === undefined ? {} : { sx: { gridColumn: `span ${span}` } }),
  });
}
