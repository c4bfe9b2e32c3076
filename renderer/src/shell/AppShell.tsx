import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useBusy } from '../common/use-busy.ts';
import { AREAS, type AreaId } from './areas.ts';
import { SignedInButton } from './SignedInButton.tsx';

const NAV_WIDTH = 188;

interface AppShellProps {
  area: AreaId;
  onNavigate: (area: AreaId) => void;
  bureauName: string;
  /** Shown at the right of an area's name in the navigation (待办's red count of overdue items). */
  badges?: Partial<Record<AreaId, ReactNode>>;
  children: ReactNode;
}

/** The frame around every screen: product and bureau name on top, the areas on the left. */
export function AppShell({ area, onNavigate, bureauName, badges = {}, children }: AppShellProps) {
  const busy = useBusy();
  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 600 }}>
            双随机抽查管理
          </Typography>
          <Typography variant="body2" component="div" sx={{ opacity: 0.9 }} data-testid="bureau-name">
            {bureauName}
          </Typography>
          <SignedInButton />
        </Toolbar>
        {busy && (
          <LinearProgress aria-label="正在处理" color="inherit" sx={{ position: 'absolute', left: 0, right: 0, bottom: 0, height: 3 }} />
        )}
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}
      >
        <Toolbar variant="dense" />
        <List component="nav" aria-label="功能导航">
          {AREAS.map(({ id, title, icon: Icon }) => (
            <ListItemButton key={id} selected={id === area} aria-current={id === area ? 'page' : undefined} onClick={() => onNavigate(id)}>
              <ListItemIcon sx={{ minWidth: 36 }}>
                <Icon fontSize="small" />
              </ListItemIcon>
              <ListItemText primary={title} />
              {badges[id]}
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" />
        <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'flex', flexDirection: 'column' }}>{children}</Box>
      </Box>
    </Box>
  );
}
