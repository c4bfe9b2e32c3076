import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { ItemDetailActions, type ItemDetailHandlers } from './ItemDetailActions.tsx';
import { ItemDetailBody } from './ItemDetailBody.tsx';
import type { Item } from './item-types.ts';

interface ItemDetailPanelProps extends ItemDetailHandlers {
  item: Item | null;
  lastSeq: number | null;
  onClose: () => void;
}

/** One item in full, in a panel on the right; Esc or the × closes it. */
export function ItemDetailPanel({ item, lastSeq, onClose, ...handlers }: ItemDetailPanelProps) {
  return (
    <Drawer
      anchor="right"
      open={item !== null}
      onClose={onClose}
      // Above the app bar, which itself sits above the permanent navigation drawer.
      sx={{ zIndex: (t) => t.zIndex.modal }}
      slotProps={{ paper: { sx: { width: 'min(660px, 100vw)' }, role: 'dialog', 'aria-label': '抽查事项详情' } }}
    >
      {item && (
        <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
          <Box sx={{ px: 3, pt: 2, pb: 1.5 }}>
            <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
              <Box sx={{ flex: 1 }}>
                <Typography variant="overline" color="text.secondary">
                  {item.seq !== null ? `序号 ${item.seq}` : '已停用的事项'}
                </Typography>
                <Typography variant="h6" component="h2" sx={{ lineHeight: 1.4 }}>
                  {item.name}
                </Typography>
              </Box>
              <IconButton aria-label="关闭" onClick={onClose}>
                <CloseIcon />
              </IconButton>
            </Box>
            <Box sx={{ display: 'flex', gap: 1, mt: 1, mb: 1.5 }}>
              <Chip size="small" label={item.category} />
              <Chip size="small" label={`${item.level}事项`} color={item.level === '重点' ? 'warning' : 'default'} />
              {item.retired && <Chip size="small" label="已停用" color="default" variant="outlined" />}
            </Box>
            <ItemDetailActions item={item} lastSeq={lastSeq} {...handlers} />
          </Box>
          <Divider />
          <Box sx={{ flex: 1, overflow: 'auto', px: 3, py: 2 }}>
            <ItemDetailBody item={item} />
          </Box>
        </Box>
      )}
    </Drawer>
  );
}
