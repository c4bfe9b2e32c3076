import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';

interface TagChipsProps {
  tags: readonly string[];
  /** Show at most this many; the rest become one “+N” chip naming them on hover. */
  max?: number;
  /** What an empty list reads. */
  empty?: string;
  label?: string;
  /** false in a grid row: one line, cut at the cell's edge. */
  wrap?: boolean;
}

/** 执法领域 / 业务专长 as small chips, in the order the clerk wrote them. */
export function TagChips({ tags, max = tags.length, empty = '—', label = '执法领域/业务专长', wrap = true }: TagChipsProps) {
  if (tags.length === 0)
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        {empty}
      </Box>
    );
  const shown = tags.slice(0, max);
  const rest = tags.slice(max);
  return (
    <Box
      component="ul"
      aria-label={label}
      sx={{ display: 'flex', flexWrap: wrap ? 'wrap' : 'nowrap', gap: 0.5, m: 0, p: 0, listStyle: 'none', minWidth: 0 }}
    >
      {shown.map((tag) => (
        <li key={tag}>
          <Chip size="small" label={tag} variant="outlined" color="primary" />
        </li>
      ))}
      {rest.length > 0 && (
        <li>
          <Tooltip title={rest.join('、')}>
            <Chip size="small" label={`+${rest.length}`} aria-label={`另有 ${rest.length} 项：${rest.join('、')}`} />
          </Tooltip>
        </li>
      )}
    </Box>
  );
}
