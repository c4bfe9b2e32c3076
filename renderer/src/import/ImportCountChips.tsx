import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { formatCount } from '../common/format-time.ts';
import { COUNT_KEYS, VERDICT_COLORS, VERDICT_LABELS } from './import-kinds.ts';
import type { ImportCounts, ImportKind } from './import-types.ts';

/**
 * 新增 / 更新 / 不变 / 校验位存疑 / 拒绝 / 跳过 as chips; a zero count is shown pale. Only credit
 * codes have a check character, so the 校验位存疑 chip is left out for inspectors and 回避.
 */
export function ImportCountChips({ kind, counts }: { kind: ImportKind; counts: ImportCounts }) {
  const keys = kind === 'entities' ? COUNT_KEYS : COUNT_KEYS.filter((key) => key !== 'flagged');
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} aria-label="导入结果统计" role="list">
      {keys.map((key) => (
        <Chip
          key={key}
          role="listitem"
          data-testid={`import-count-${key}`}
          label={`${VERDICT_LABELS[key]} ${formatCount(counts[key])}`}
          color={counts[key] > 0 ? VERDICT_COLORS[key] : 'default'}
          variant={counts[key] > 0 ? 'filled' : 'outlined'}
          sx={{ fontSize: '0.95rem', px: 0.5 }}
        />
      ))}
      {counts.hinted > 0 && (
        <Chip
          data-testid="import-count-hinted"
          label={`有提示 ${formatCount(counts.hinted)}`}
          color="warning"
          variant="outlined"
          sx={{ fontSize: '0.95rem', px: 0.5 }}
        />
      )}
      {counts.flaggedAccepted > 0 && (
        <Chip
          data-testid="import-count-flaggedAccepted"
          label={`其中校验位不符已接受 ${formatCount(counts.flaggedAccepted)}`}
          color="warning"
          variant="outlined"
        />
      )}
    </Box>
  );
}
