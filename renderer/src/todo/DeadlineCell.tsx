import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';

/** A deadline, with （待核对） where it was counted through a year whose holidays the program lacks. */
export function DeadlineCell({ deadline, note }: { deadline: string | null; note: string | null }) {
  return (
    <>
      {deadline ?? '—'}
      {note && (
        <Tooltip title={note}>
          <Box component="span" role="note" aria-label={note} sx={{ ml: 0.5, color: 'warning.main', cursor: 'help' }}>
            {deadline ? '（待核对）' : '（缺检查日期）'}
          </Box>
        </Tooltip>
      )}
    </>
  );
}
