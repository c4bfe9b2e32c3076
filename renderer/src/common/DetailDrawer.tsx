import type { ReactNode } from 'react';
import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';

interface DetailDrawerProps {
  open: boolean;
  /** The panel's accessible name (检查对象详情, 执法检查人员详情). */
  label: string;
  overline: string;
  title: string;
  /** Chips and buttons under the title. */
  header?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/** One record in full, in a panel on the right; Esc or the × closes it (like the item detail). */
export function DetailDrawer({ open, label, overline, title, header, onClose, children }: DetailDrawerProps) {
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      // Above the app bar, which itself sits above the permanent navigation drawer.
      sx={{ zIndex: (t) => t.zIndex.modal }}
      slotProps={{ paper: { sx: { width: 'min(640px, 100vw)' }, role: 'dialog', 'aria-label': label } }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        <Box sx={{ px: 3, pt: 2, pb: 1.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="overline" color="text.secondary" sx={{ fontFamily: 'monospace', letterSpacing: 1 }}>
                {overline}
              </Typography>
              <Typography variant="h6" component="h2" sx={{ lineHeight: 1.4 }}>
                {title}
              </Typography>
            </Box>
            <IconButton aria-label="关闭" onClick={onClose}>
              <CloseIcon />
            </IconButton>
          </Box>
          {header}
        </Box>
        <Divider />
        <Box sx={{ flex: 1, overflow: 'auto', px: 3, py: 2 }}>{children}</Box>
      </Box>
    </Drawer>
  );
}
