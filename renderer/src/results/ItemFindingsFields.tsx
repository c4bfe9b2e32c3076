import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FindingValues, TaskItem } from './result-form-values.ts';

interface ItemFindingsFieldsProps {
  items: readonly TaskItem[];
  /** One per item, in the task's order. */
  findings: FindingValues[];
  /** Per item id: the core's refusal or what it would refuse. */
  reasons: Record<number, string>;
  onChange: (next: FindingValues[]) => void;
  /** Shown at the top right of the heading (the bulk dialog's choice, for instance). */
  disabled?: boolean;
}

/** The core's limit per text (itemFindingSchema), stated by the field before it is reached. */
const MAX_TEXT = 500;

/**
 * 检查事项: one compact row per item of the task, as the 随机抽查情况记录表 has them — the item's
 * name and 已检查, then 发现问题 and 处置情况 (only for a checked item).
 */
export function ItemFindingsFields({ items, findings, reasons, onChange, disabled = false }: ItemFindingsFieldsProps) {
  if (items.length === 0) return null;
  const update = (index: number, patch: Partial<FindingValues>) => onChange(findings.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  return (
    <Box role="group" aria-label="检查事项" sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Typography variant="body2" color="text.secondary">
        检查事项（{items.length} 项）
      </Typography>
      {findings.map((f, index) => {
        const item = items[index]!;
        const reason = reasons[f.itemId];
        const text = (part: 'problem' | 'handling', label: string) => (
          <TextField
            size="small"
            label={label}
            multiline
            maxRows={3}
            disabled={disabled || !f.checked}
            value={f[part]}
            error={Boolean(reason) && part === 'problem'}
            onChange={(e) => update(index, { [part]: e.target.value })}
            slotProps={{ htmlInput: { maxLength: MAX_TEXT, 'aria-label': `${item.name} ${label}` } }}
            sx={{ flex: 1, minWidth: 0 }}
          />
        );
        return (
          <Box
            key={f.itemId}
            data-testid="item-finding"
            data-item={item.name}
            sx={{ borderLeft: 3, borderColor: reason ? 'error.main' : f.checked ? 'primary.light' : 'divider', pl: 1, py: 0.25 }}
          >
            <FormControlLabel
              sx={{ mr: 0, alignItems: 'flex-start', '& .MuiFormControlLabel-label': { pt: 0.75, lineHeight: 1.35 } }}
              control={
                <Checkbox
                  size="small"
                  disabled={disabled}
                  checked={f.checked}
                  // An item not checked has nothing found and nothing to handle (the core refuses otherwise).
                  onChange={(e) => update(index, e.target.checked ? { checked: true } : { checked: false, problem: '', handling: '' })}
                  slotProps={{ input: { 'aria-label': `${item.name} 是否检查` } }}
                />
              }
              label={
                <Typography variant="body2" component="span">
                  {index + 1}. {item.name}
                  {!f.checked && (
                    <Typography component="span" variant="caption" color="text.secondary">
                      （未检查）
                    </Typography>
                  )}
                </Typography>
              }
            />
            {f.checked && (
              <Box sx={{ display: 'flex', gap: 1, pb: 0.5 }}>
                {text('problem', '发现问题')}
                {text('handling', '处置情况')}
              </Box>
            )}
            {reason && <FormHelperText error>{reason}</FormHelperText>}
          </Box>
        );
      })}
    </Box>
  );
}
