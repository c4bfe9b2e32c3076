import { useState, type SyntheticEvent } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import type { InspectorTagCount } from './inspector-types.ts';

/** The separators the core's parseTags splits on (inspector-tags.ts); the core judges, this only helps typing. */
const SEPARATORS = /[、,，;；/／\s]+/;

function splitTags(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(SEPARATORS)
    .map((t) => t.trim())
    .filter(Boolean);
}

const unique = (tags: string[]) => [...new Set(tags)];

interface TagsFieldProps {
  label: string;
  value: string[];
  /** Tags already in use, offered first, with how many inspectors hold each. */
  options: readonly InspectorTagCount[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  hint?: string;
  placeholder?: string;
  sx?: SxProps<Theme>;
}

/**
 * Free tags as chips (执法领域 / 业务专长): Enter, 、 or a comma closes a tag; a tag in use can be
 * picked from the list; typed text is kept when the field loses focus, so 保存 never drops it.
 */
export function TagsField({ label, value, options, onChange, error, hint, placeholder, sx }: TagsFieldProps) {
  const [input, setInput] = useState('');
  const counts = new Map(options.map((o) => [o.tag, o]));

  function typed(event: SyntheticEvent | null, text: string, reason: string) {
    // An input method still composing (拼音) may hold spaces; split only what is written.
    const composing = (event?.nativeEvent as InputEvent | undefined)?.isComposing ?? false;
    const parts = text.split(SEPARATORS);
    if (reason !== 'input' || composing || parts.length < 2) {
      setInput(text);
      return;
    }
    const rest = parts.pop() ?? '';
    onChange(unique([...value, ...parts.flatMap(splitTags)]));
    setInput(rest);
  }

  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      filterSelectedOptions
      size="small"
      options={options.map((o) => o.tag)}
      value={value}
      inputValue={input}
      onInputChange={typed}
      onChange={(_event, tags) => onChange(unique(tags.flatMap(splitTags)))}
      renderOption={({ key, ...props }, tag) => {
        const count = counts.get(tag);
        return (
          <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1 }}>
            <span>{tag}</span>
            {count && (
              <Box component="span" sx={{ ml: 'auto', color: 'text.secondary', typography: 'caption' }}>
                {count.count} 人{count.onDuty < count.count ? `（在岗 ${count.onDuty}）` : ''}
              </Box>
            )}
          </Box>
        );
      }}
      slotProps={{ chip: { color: 'primary', variant: 'outlined' } }}
      sx={sx ?? {}}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value.length === 0 ? placeholder : undefined}
          error={Boolean(error)}
          helperText={error ?? hint ?? ' '}
        />
      )}
    />
  );
}
