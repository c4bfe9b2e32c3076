import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { formatCount } from '../common/format-time.ts';
import { VERDICT_TEXT } from './result-import-text.ts';
import type { ResultImportCounts } from './result-import-types.ts';

const KEYS = ['new', 'changed', 'unchanged', 'refused'] as const;
const COLORS = { new: 'success', changed: 'info', unchanged: 'default', refused: 'error' } as const;
const MEASURE = { new: '户', changed: '户', unchanged: '户', refused: '行' } as const;

/** 新增 / 更改 / 不变 / 不导入 as chips, as the roster import shows them; a zero count is pale. */
export function ResultImportChips({ counts }: { counts: ResultImportCounts }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} aria-label="导入结果统计" role="list">
      {KEYS.map((key) => (
        <Chip
          key={key}
          role="listitem"
          data-testid={`result-import-count-${key}`}
          label={`${VERDICT_TEXT[key]} ${formatCount(counts[key])} ${MEASURE[key]}`}
          color={counts[key] > 0 ? COLORS[key] : 'default'}
          variant={counts[key] > 0 ? 'filled' : 'outlined'}
          sx={{ fontSize: '0.95rem', px: 0.5 }}
        />
      ))}
    </Box>
  );
}
