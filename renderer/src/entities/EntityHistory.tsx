import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ChangedText } from '../common/ChangedText.tsx';
import { changeExcerpts } from '../common/change-excerpt.ts';
import { formatDateTime } from '../common/format-time.ts';
import type { HistoryEntry } from './entity-types.ts';

/** 修改记录: when, from where (a file's row or 手工修改), and each field before → after. */
export function EntityHistory({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return <Typography color="text.disabled">没有修改记录。</Typography>;
  return (
    <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }} aria-label="修改记录">
      {history.map((entry, i) => (
        <Box component="li" key={i} sx={{ py: 1, borderTop: i ? 1 : 0, borderColor: 'divider' }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {formatDateTime(entry.changedAt)}　{entry.source}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {entry.changes.map((c) => {
              // The entry that says where a new record came from has no before and after.
              if (c.field === 'created') return <li key={c.field}>{c.label}</li>;
              const [before, after] = changeExcerpts(c.before, c.after);
              return (
                <li key={c.field}>
                  <strong>{c.label}</strong>：<ChangedText text={c.before} excerpt={before} />
                  <Box component="span" sx={{ mx: 0.75, color: 'primary.main' }}>
                    →
                  </Box>
                  <ChangedText text={c.after} excerpt={after} />
                </li>
              );
            })}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
