import { useState } from 'react';
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

/** The filters a clerk reaches through 更多筛选: a county's roster mostly has one 登记机关. */
const MORE_FILTERS = ['regAuthority', 'jurisdiction'] as const satisfies readonly FilterKey[];

/**
 * 名录, 所属区域, 行业门类, 主体类型, 登记状态 and 信用风险分类, with the values the roster holds;
 * 登记机关 and 管辖单位 behind 更多筛选 (the first row fills 1366 px), shown whenever one is set.
 */
export function EntityFilters({ values, facets, onChange, onClear }: EntityFiltersProps) {
  const [expanded, setExpanded] = useState(false);
  const any = (Object.keys(values) as (keyof EntityFilterValues)[]).some((k) => k !== 'search' && values[k]);
  const moreSet = MORE_FILTERS.some((k) => values[k]);
  const showMore = expanded || moreSet;
  const select = (key: FilterKey, label: string, options: readonly string[], width = 150) => (
    <FilterSelect label={label} value={values[key]} options={options} width={width} onChange={(v) => onChange(key, v)} />
  );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
      {select('roster', '名录', facets.rosters, 180)}
      {select('area', '所属区域', facets.areas)}
      {select('industry', '行业门类', facets.industries, 160)}
      {select('entityType', '主体类型', ENTITY_TYPE_OPTIONS, 140)}
      {select('regStatus', '登记状态', facets.statuses, 120)}
      {select('riskClass', '信用风险分类', [...RISK_CLASS_OPTIONS, UNCLASSIFIED], 120)}
      {showMore && select('regAuthority', '登记机关', facets.regAuthorities, 240)}
      {showMore && select('jurisdiction', '管辖单位', facets.jurisdictions, 200)}
      {!moreSet && (
        <Button aria-expanded={expanded} onClick={() => setExpanded((e) => !e)} sx={{ minWidth: 0, px: 1 }}>
          {expanded ? '收起筛选' : '更多筛选'}
        </Button>
      )}
      {any && (
        <Button onClick={onClear} sx={{ minWidth: 0, px: 1 }}>
          清除筛选
        </Button>
      )}
    </Box>
  );
}
