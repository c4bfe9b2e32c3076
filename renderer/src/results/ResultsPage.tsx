import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { goTo } from '../shell/use-hash-route.ts';
import { PublicationBoard } from './PublicationBoard.tsx';
import { ResultEntry } from './ResultEntry.tsx';
import { ResultExportButton } from './ResultExportButton.tsx';

const PUBLICATION = 'publication';

/** 检查结果: entering results per task (`#/results/<taskId>`), and 公示期限 (`#/results/publication`). */
export function ResultsPage({ sub }: { sub: string }) {
  const tab = sub === PUBLICATION ? PUBLICATION : 'entry';
  const taskId = Number(sub) > 0 ? Number(sub) : null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 3, mb: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="h5" component="h1" sx={{ pb: 1 }}>
          检查结果
        </Typography>
        <Tabs value={tab} onChange={(_e, next: string) => goTo('results', next === PUBLICATION ? PUBLICATION : (taskId ?? ''))}>
          <Tab value="entry" label="录入结果" />
          <Tab value={PUBLICATION} label="公示期限" />
        </Tabs>
        <Box sx={{ flex: 1 }} />
        {tab === 'entry' && taskId !== null && <ResultExportButton taskId={taskId} />}
      </Box>
      {tab === PUBLICATION ? <PublicationBoard /> : <ResultEntry taskId={taskId} />}
    </Box>
  );
}
