import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { api } from '../api/client.ts';
import { useDebounced } from '../common/use-debounced.ts';
import type { Entity } from '../entities/entity-types.ts';

interface EntityPickerProps {
  value: Entity | null;
  onChange: (entity: Entity | null) => void;
  error?: string | undefined;
}

/** Finds a market entity in the 名录库 by code, name, legal representative or address. */
export function EntityPicker({ value, onChange, error }: EntityPickerProps) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Entity[]>([]);
  const [loading, setLoading] = useState(false);
  const query = useDebounced(text.trim(), 150);

  useEffect(() => {
    if (!query) return setOptions([]);
    let current = true;
    setLoading(true);
    api.call('entities:query', { search: query, offset: 0, limit: 20 }).then((result) => {
      if (!current) return;
      setOptions(result.ok ? result.data.rows : []);
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [query]);

  return (
    <Autocomplete
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      value={value}
      onChange={(_e, entity) => onChange(entity)}
      inputValue={text}
      onInputChange={(_e, v) => setText(v)}
      // The core has already searched; show its answer as it is.
      filterOptions={(o) => o}
      getOptionLabel={(e) => `${e.code}　${e.name}`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={query ? '名录库中没有找到' : '输入代码或名称查找'}
      renderOption={({ key, ...props }, e) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start !important' }}>
          <span>{e.name}</span>
          <Box component="span" sx={{ fontFamily: 'monospace', color: 'text.secondary', fontSize: '0.85em' }}>
            {e.code}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} label="市场主体（统一社会信用代码或名称）" required error={Boolean(error)} helperText={error ?? ' '} />
      )}
    />
  );
}
