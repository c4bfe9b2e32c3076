import { useState } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { AbnormalListSection } from './AbnormalListSection.tsx';
import { DispositionsSection } from './DispositionsSection.tsx';
import { OverduePublications } from './OverduePublications.tsx';
import { refreshOverdue, useOverdue } from './overdue-count.ts';

type TabId = 'publications' | 'abnormal' | 'dispositions';

/** 待办: what has a deadline or is left open — 公示, 经营异常名录, 后续处置 — with the late ones in red. */
export function TodoPage() {
  const summary = useOverdue('todo');
  const [tab, setTab] = useState<TabId>('publications');
  const late = summary ? summary.publicationsOverdue.length + summary.publicationsDueSoon.length : 0;
  const abnormal = summary?.abnormalOpen ?? 0;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2 }}>
        <Typography variant="h5" component="h1">
          待办
        </Typography>
        {summary && (
          <Typography data-testid="todo-summary" color="text.secondary">
            {summary.overdue + summary.dueSoon === 0 ? (
              '没有已逾期或即将到期的事项。'
            ) : (
              <>
                <Box
                  component="span"
                  sx={{ color: summary.overdue > 0 ? 'error.main' : undefined, fontWeight: summary.overdue > 0 ? 700 : 400 }}
                >
                  已逾期 {summary.overdue} 项
                </Box>
                ，即将到期 {summary.dueSoon} 项。
              </>
            )}
            未完结的后续处置 {summary.openDispositions} 项。
          </Typography>
        )}
      </Box>
      <Tabs value={tab} onChange={(_e, v: TabId) => setTab(v)} sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}>
        <Tab value="publications" label={`逾期和即将到期的公示（${late}）`} sx={{ minHeight: 40, py: 0 }} />
        <Tab value="abnormal" label={`经营异常名录（待列入 ${abnormal}）`} sx={{ minHeight: 40, py: 0 }} />
        <Tab value="dispositions" label={`未完结的后续处置（${summary?.openDispositions ?? 0}）`} sx={{ minHeight: 40, py: 0 }} />
      </Tabs>
      {tab === 'publications' && <OverduePublications summary={summary} />}
      {tab === 'abnormal' && <AbnormalListSection onChanged={refreshOverdue} />}
      {tab === 'dispositions' && <DispositionsSection onChanged={refreshOverdue} />}
    </Box>
  );
}
