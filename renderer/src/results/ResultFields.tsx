import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ChoicesField } from '../common/ChoicesField.tsx';
import { useVocabulary } from '../common/use-vocabulary.ts';
import { ClosureFacts, type Closure } from './ClosureFacts.tsx';
import { ItemFindingsFields } from './ItemFindingsFields.tsx';
import { findingWarnings, shownFindings, type ResultFormValues, type TaskItem } from './result-form-values.ts';
import type { useResultCodes } from './use-result-codes.ts';

interface ResultFieldsProps {
  values: ResultFormValues;
  reasons: Record<string, string>;
  codes: ReturnType<typeof useResultCodes>;
  onChange: <K extends keyof ResultFormValues>(field: K, value: ResultFormValues[K]) => void;
  autoFocus?: boolean;
  /** The task's 检查事项: one row each for 是否检查 / 发现问题 / 处置情况. */
  items?: readonly TaskItem[];
  /** False: the findings are left as they are (批量设置's choice), the rows not shown. */
  withFindings?: boolean;
  /** The entered result's 是否完结 / 完结日期 / 完结情况, shown read-only under 后续处置. */
  closure?: Closure | null;
}

// The platform's 后续处置 run to 28 characters: the menu and the field wrap them instead of cutting them off.
const WRAP = { whiteSpace: 'normal', lineHeight: 1.4 } as const;

/** 检查结果, 核查方式, 后续处置, 检查日期, 发现问题 and 备注 (the row form and 批量设置 alike). */
export function ResultFields(props: ResultFieldsProps) {
  const { values, reasons, codes, onChange, autoFocus, items = [], withFindings = true, closure = null } = props;
  const vocabulary = useVocabulary();
  const warnings = findingWarnings(items, values);
  const itemReasons = Object.fromEntries(items.map((i) => [i.id, reasons[`itemFindings.${i.id}`] ?? warnings[i.id] ?? '']));
  const text = (field: 'findings' | 'notes', label: string, hint: string) => (
    <TextField
      label={label}
      multiline
      minRows={field === 'findings' ? 2 : 1}
      value={values[field]}
      onChange={(e) => onChange(field, e.target.value)}
      error={Boolean(reasons[field])}
      helperText={reasons[field] ?? hint}
    />
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.75 }}>
      <ChoicesField
        label="检查结果"
        value={values.codes}
        options={codes.active}
        optionLabel={codes.describe}
        onChange={(v) => onChange('codes', v)}
        error={reasons.codes}
        hint="输入代码或文字，按 Enter 选中；可多选"
        autoFocus={autoFocus ?? false}
      />
      <ChoicesField
        label="核查方式"
        value={values.methods}
        options={vocabulary.checkMethods}
        onChange={(v) => onChange('methods', v)}
        error={reasons.methods}
      />
      {withFindings && (
        <ItemFindingsFields
          items={items}
          findings={shownFindings(items, values)}
          reasons={itemReasons}
          onChange={(next) => onChange('itemFindings', next)}
        />
      )}
      <TextField
        select
        label="后续处置"
        value={values.disposal}
        onChange={(e) => onChange('disposal', e.target.value)}
        error={Boolean(reasons.disposal)}
        helperText={reasons.disposal ?? (closure ? undefined : ' ')}
        sx={{ '& .MuiSelect-select': WRAP }}
        slotProps={{
          select: {
            displayEmpty: true,
            SelectDisplayProps: { title: values.disposal },
            MenuProps: { slotProps: { paper: { sx: { maxWidth: 440 } } } },
          },
          inputLabel: { shrink: true },
        }}
      >
        <MenuItem value="">（未填写）</MenuItem>
        {vocabulary.disposals.map((d) => (
          <MenuItem key={d} value={d} title={d} sx={{ ...WRAP, py: 0.75 }} divider>
            {d}
          </MenuItem>
        ))}
      </TextField>
      {closure && <ClosureFacts closure={closure} disposalChanged={closure.disposal !== values.disposal} />}
      <TextField
        label="检查日期"
        type="date"
        value={values.inspectedOn}
        onChange={(e) => onChange('inspectedOn', e.target.value)}
        error={Boolean(reasons.inspectedOn)}
        helperText={reasons.inspectedOn ?? '公示期限从最后的检查日期起算'}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      {text('findings', '发现问题', '未发现问题可不填')}
      {text('notes', '备注', ' ')}
    </Box>
  );
}
