import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import type { Excerpt } from './change-excerpt.ts';

/** One side of a change: the excerpt with its changed part marked; the whole text on hover. */
export function ChangedText({ text, excerpt }: { text: string; excerpt: Excerpt }) {
  if (!text.trim())
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        （空）
      </Box>
    );
  const shown = (
    <span>
      {excerpt.cutStart && '…'}
      {excerpt.lead}
      {excerpt.changed && (
        <Box component="mark" sx={{ bgcolor: 'warning.light', color: 'inherit', px: 0.25, borderRadius: 0.5 }}>
          {excerpt.changed}
        </Box>
      )}
      {excerpt.tail}
      {excerpt.cutEnd && '…'}
    </span>
  );
  if (!excerpt.cutStart && !excerpt.cutEnd) return shown;
  return (
    <Tooltip title={<Box sx={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto' }}>{text}</Box>}>
      <Box component="span" tabIndex={0} sx={{ cursor: 'help', borderBottom: '1px dotted', borderColor: 'text.secondary' }}>
        {shown}
      </Box>
    </Tooltip>
  );
}
