import { useEffect, useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { Settings } from '../../electron/api/types.ts';
import { api } from './api/client.ts';
import { NotifyProvider, useNotify } from './common/notify.tsx';
import { EntitiesPage } from './entities/EntitiesPage.tsx';
import { InspectorsPage } from './inspectors/InspectorsPage.tsx';
import { ItemsPage } from './items/ItemsPage.tsx';
import { ResultsPage } from './results/ResultsPage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { StatsPage } from './stats/StatsPage.tsx';
import { TasksPage } from './tasks/TasksPage.tsx';
import { OverdueBadge } from './todo/OverdueBadge.tsx';
import { TodoPage } from './todo/TodoPage.tsx';
import { NotYetOpen } from './shell/NotYetOpen.tsx';
import { areaById } from './shell/areas.ts';
import { useHashRoute } from './shell/use-hash-route.ts';
import { theme } from './theme.ts';

/** The bureau's name for the title bar; refreshed when the settings screen saves. */
function useBureauName(): [string, (settings: Settings) => void] {
  const notify = useNotify();
  const [name, setName] = useState('');
  useEffect(() => {
    api.run('settings:get', {}).then((settings) => setName(settings.bureauName), notify.error);
  }, [notify]);
  return [name, (settings) => setName(settings.bureauName)];
}

function Screens() {
  const [areaId, navigate, sub] = useHashRoute();
  const [bureauName, onSettingsSaved] = useBureauName();
  const area = areaById(areaId);
  return (
    <AppShell area={areaId} onNavigate={navigate} bureauName={bureauName} badges={{ todo: <OverdueBadge area={areaId} /> }}>
      {areaId === 'items' && <ItemsPage />}
      {areaId === 'entities' && <EntitiesPage />}
      {areaId === 'inspectors' && <InspectorsPage />}
      {areaId === 'tasks' && <TasksPage sub={sub} />}
      {areaId === 'results' && <ResultsPage sub={sub} />}
      {areaId === 'todo' && <TodoPage />}
      {areaId === 'stats' && <StatsPage />}
      {areaId === 'settings' && <SettingsPage onSaved={onSettingsSaved} />}
      {area?.upcoming && <NotYetOpen area={area} />}
    </AppShell>
  );
}

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <NotifyProvider>
        <Screens />
      </NotifyProvider>
    </ThemeProvider>
  );
}
