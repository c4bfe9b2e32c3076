import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../common/format-time.ts';
import type { DrawRecord, Task } from '../tasks/task-types.ts';
import { DrawRecordView } from './DrawRecordView.tsx';

/** 已作废的抽取: every voided draw with its reason; each opens in full, read-only. */
export function VoidedDraws({ draws, task }: { draws: DrawRecord[]; task: Task }) {
  const [open, setOpen] = useState<DrawRecord | null>(null);
  return (
    <Paper variant="outlined" component="section" aria-label="已作废的抽取" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        已作废的抽取（{draws.length}）
      </Typography>
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {draws.map((d) => (
          <Box
            component="li"
            key={d.id}
            data-draw-id={d.id}
            sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 1, borderTop: 1, borderColor: 'divider' }}
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography>
                抽取记录 #{d.id}　抽取于 {formatDateTime(d.drawnAt)}（操作人 {d.operator}，监督人 {d.witness}），抽中 {d.selected.length} 户
              </Typography>
              <Typography variant="body2" color="error">
                作废于 {d.voidedAt ? formatDateTime(d.voidedAt) : ''}　理由：{d.voidReason}
              </Typography>
            </Box>
            <Button onClick={() => setOpen(d)}>查看</Button>
          </Box>
        ))}
      </Box>
      {open && (
        <Dialog open onClose={() => setOpen(null)} maxWidth="lg" fullWidth aria-labelledby="voided-draw-title">
          <DialogTitle id="voided-draw-title">抽取记录 #{open.id}（已作废）</DialogTitle>
          <DialogContent dividers>
            <DrawRecordView draw={open} task={task} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(null)}>关闭</Button>
          </DialogActions>
        </Dialog>
      )}
    </Paper>
  );
}
