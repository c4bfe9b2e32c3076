import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { TAGS_LABEL } from './inspector-options.ts';
import type { InspectorTagCount } from './inspector-types.ts';

interface InspectorTagFilterProps {
  tags: readonly InspectorTagCount[];
  value: string | null;
  onChange: (tag: string | null) => void;
}

/** 按执法领域筛选: one tag in use, with how many inspectors hold it; the core does the filtering. */
export function InspectorTagFilter({ tags, value, onChange }: InspectorTagFilterProps) {
  const counts = new Map(tags.map((t) => [t.tag, t.count]));
  return (
    <Autocomplete
      size="small"
      autoHighlight
      options={tags.map((t) => t.tag)}
      value={value}
      onChange={(_event, tag) => onChange(tag)}
      noOptionsText="没有这个执法领域"
      renderOption={({ key, ...props }, tag) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1 }}>
          <span>{tag}</span>
          <Box component="span" sx={{ ml: 'auto', color: 'text.secondary', typography: 'caption' }}>
            {counts.get(tag) ?? 0} 人
          </Box>
        </Box>
      )}
      sx={{ width: 210, bgcolor: 'background.paper' }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={`按${TAGS_LABEL}筛选`}
          placeholder="全部"
          slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
        />
      )}
    />
  );
}
