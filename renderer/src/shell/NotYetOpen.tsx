import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Area } from './areas.ts';

/** The page of an area that is not built yet: its name, and what it will do. */
export function NotYetOpen({ area }: { area: Area }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 720 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {area.title}
      </Typography>
      <Typography variant="h6" component="p" color="text.secondary" gutterBottom>
        尚未开放
      </Typography>
      <Typography>{area.upcoming}</Typography>
    </Paper>
  );
}
