import { useState } from 'react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import BlockIcon from '@mui/icons-material/Block';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import RestoreIcon from '@mui/icons-material/Restore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { Item } from './item-types.ts';

export interface ItemDetailHandlers {
  onEdit: (item: Item) => void;
  onMove: (item: Item, toSeq: number) => void;
  onRetire: (item: Item) => void;
  onRestore: (item: Item) => void;
  onDelete: (item: Item) => void;
}

interface ItemDetailActionsProps extends ItemDetailHandlers {
  item: Item;
  /** The last 序号 when known, to disable 下移 on the last item. */
  lastSeq: number | null;
}

/** 编辑, order (上移 / 下移 / 移到序号), 停用 or 恢复, 删除. */
export function ItemDetailActions({ item, lastSeq, ...on }: ItemDetailActionsProps) {
  const [target, setTarget] = useState('');
  const seq = item.seq;
  const moveTo = () => {
    if (seq !== null && target.trim()) on.onMove(item, Number(target));
    setTarget('');
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <Button variant="contained" startIcon={<EditIcon />} onClick={() => on.onEdit(item)}>
        编辑
      </Button>
      {seq !== null && (
        <>
          <Button startIcon={<ArrowUpwardIcon />} disabled={seq <= 1} onClick={() => on.onMove(item, seq - 1)}>
            上移
          </Button>
          <Button startIcon={<ArrowDownwardIcon />} disabled={seq === lastSeq} onClick={() => on.onMove(item, seq + 1)}>
            下移
          </Button>
          <Box
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              moveTo();
            }}
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
          >
            <TextField
              label="移到序号"
              type="number"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              sx={{ width: 100 }}
              slotProps={{ htmlInput: { min: 1, step: 1 } }}
            />
            <Button type="submit" disabled={!target.trim()}>
              移动
            </Button>
          </Box>
        </>
      )}
      <Box sx={{ flex: 1 }} />
      {item.retired ? (
        <Button color="success" startIcon={<RestoreIcon />} onClick={() => on.onRestore(item)}>
          恢复
        </Button>
      ) : (
        <Button color="warning" startIcon={<BlockIcon />} onClick={() => on.onRetire(item)}>
          停用
        </Button>
      )}
      <Button color="error" startIcon={<DeleteIcon />} onClick={() => on.onDelete(item)}>
        删除
      </Button>
    </Box>
  );
}
