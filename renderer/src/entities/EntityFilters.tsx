import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ENTITY_TYPE_OPTIONS, RISK_CLASS_OPTIONS, UNCLASSIFIED, type EntityFilterValues } from './entity-options.ts';
import type { EntityFacets } from './use-entity-facets.ts';

type FilterKey = Exclude<keyof EntityFilterValues, 'search'>;

interface EntityFiltersProps {
  values: EntityFilterValues;
  facets: EntityFacets;
  onChange: (key: FilterKey, value: string) => void;
  onClear: () => void;
}

function FilterSelect(props: { label: string; value: string; options: readonly string[]; width: number; onChange: (v: string) => void }) {
  // A value the menu no longer offers (a roster just deleted) still shows, so the clerk sees why.
  const options = props.value && !props.options.includes(props.value) ? [props.value, ...props.options] : props.options;
  return (
    <TextField
      select
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      sx={{ width: props.width, bgcolor: 'background.paper' }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">全部</MenuItem>
      {options.map((o) => (
        <MenuItem key={o} value={o}>
          {o}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** 名录, 所属区域, 行业门类, 主体类型, 登记状态 and 信用风险分类, with the values the roster holds. */
export function EntityFilters({ values, facets, onChange, onClear }: EntityFiltersProps) {
  const any = (Object.keys(values) as (keyof EntityFilterValues)[]).some((k) => k !== 'search' && values[k]);
  const select = (key: FilterKey, label: string, options: readonly string[], width = 150) => (
    <FilterSelect label={label} value={values[key]} options={options} width={width} onChange={(v) => onChange(key, v)} />
  );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
      {select('roster', '名录', facets.rosters, 200)}
      {select('area', '所属区域', facets.areas)}
      {select('industry', '行业门类', facets.industries, 180)}
      {select('entityType', '主体类型', ENTITY_TYPE_OPTIONS, 140)}
      {select('regStatus', '登记状态', facets.statuses, 120)}
      {select('riskClass', '信用风险分类', [...RISK_CLASS_OPTIONS, UNCLASSIFIED], 120)}
      {any && <Button onClick={onClear}>清除筛选</Button>}
    </Box>
  );
}
