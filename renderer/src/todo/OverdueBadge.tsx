import Box from '@mui/material/Box';
import { useOverdue } from './overdue-count.ts';

/** The red count beside 待办 in the navigation: everything past its deadline; nothing when none is. */
export function OverdueBadge({ area }: { area: string }) {
  const overdue = useOverdue(area)?.overdue ?? 0;
  if (overdue === 0) return null;
  return (
    <Box
      component="span"
      data-testid="overdue-count"
      aria-label={`已逾期 ${overdue} 项`}
      title={`已逾期 ${overdue} 项`}
      sx={{
        minWidth: 22,
        height: 20,
        px: 0.75,
        borderRadius: 10,
        bgcolor: 'error.main',
        color: 'error.contrastText',
        fontSize: 12,
        fontWeight: 700,
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      {overdue > 99 ? '99+' : overdue}
    </Box>
  );
}
