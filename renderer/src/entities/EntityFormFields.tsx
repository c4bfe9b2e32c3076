import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { NamesField } from '../common/NamesField.tsx';
import { SuggestField } from '../common/SuggestField.tsx';
import { ENTITY_TYPE_OPTIONS, RISK_CLASS_OPTIONS } from './entity-options.ts';
import type { EntityFormField, EntityFormValues } from './entity-form-values.ts';
import type { EntityFacets } from './use-entity-facets.ts';
import { textFieldProps } from '../common/text-field-props.ts';

interface EntityFormFieldsProps {
  values: EntityFormValues;
  rosters: string[];
  reasons: Partial<Record<EntityFormField | 'rosters', string>>;
  facets: EntityFacets;
  onChange: (field: EntityFormField, value: string) => void;
  onRosters: (names: string[]) => void;
}

/** Every field of a market entity, each showing the core's reason when it was refused. */
export function EntityFormFields({ values, rosters, reasons, facets, onChange, onRosters }: EntityFormFieldsProps) {
  const field = textFieldProps(values, reasons, onChange);
  const suggest = (name: EntityFormField, label: string, suggestions: readonly string[], span: number) => (
    <SuggestField
      label={label}
      value={values[name]}
      suggestions={suggestions}
      onChange={(v) => onChange(name, v)}
      error={reasons[name]}
      sx={{ gridColumn: `span ${span}` }}
    />
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', columnGap: 2, rowGap: 1, pt: 1 }}>
      <TextField {...field('code', '统一社会信用代码', 5, '18 位代码，或个体户的 15 位注册号')} required autoFocus />
      <TextField {...field('name', '名称', 7)} required />
      <TextField {...field('legalRep', '法定代表人', 3)} />
      <TextField {...field('phone', '联系电话', 3)} />
      <TextField {...field('established', '成立日期', 3)} type="date" slotProps={{ inputLabel: { shrink: true } }} />
      <TextField {...field('riskClass', '信用风险分类', 3)} select>
        <MenuItem value="">未分类</MenuItem>
        {RISK_CLASS_OPTIONS.map((r) => (
          <MenuItem key={r} value={r}>
            {r}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...field('address', '住所', 12)} />
      {suggest('area', '所属区域', facets.areas, 3)}
      {suggest('industry', '行业门类', facets.industries, 4)}
      <TextField {...field('entityType', '主体类型', 3)} select>
        {ENTITY_TYPE_OPTIONS.map((t) => (
          <MenuItem key={t} value={t}>
            {t}
          </MenuItem>
        ))}
      </TextField>
      {suggest('regStatus', '登记状态', facets.statuses.length ? facets.statuses : ['存续'], 2)}
      {suggest('regAuthority', '登记机关', facets.regAuthorities, 6)}
      {suggest('jurisdiction', '管辖单位', facets.jurisdictions, 6)}
      <NamesField
        label="所属名录"
        value={rosters}
        options={facets.rosters}
        onChange={onRosters}
        error={reasons.rosters}
        hint="可选已有名录，也可输入新名录的名称后按回车"
        sx={{ gridColumn: 'span 12' }}
      />
      <TextField {...field('notes', '备注', 12)} multiline minRows={2} />
    </Box>
  );
}
