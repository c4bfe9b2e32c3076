import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { PUBLICATION_COLORS } from '../tasks/task-marks.ts';
import type { PublicationRow } from '../tasks/task-types.ts';
import { deadlineText } from './publication-text.ts';

/** 已录入 n / m, and the 公示 deadline the core counts from the last inspection date. */
export function EntryProgress(props: {
  entered: number;
  total: number;
  publication: PublicationRow | null;
  /** A joint task: the chosen department (简称), whose results are counted. */
  department?: string | undefined;
}) {
  const { entered, total, publication, department } = props;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flex: 1, minWidth: 280 }}>
      <Typography data-testid="entry-progress" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
        {department ? `${department}已录入` : '已录入'} {entered} / {total}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={total ? (entered / total) * 100 : 0}
        sx={{ width: 140, height: 8, borderRadius: 4 }}
        aria-hidden
      />
      {publication && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} data-testid="entry-deadline">
          <Chip size="small" label={publication.state} color={PUBLICATION_COLORS[publication.state]} />
          <Typography variant="body2" color="text.secondary">
            {deadlineText(publication)}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
