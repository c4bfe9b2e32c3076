import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import type { Roster } from '../entities/entity-types.ts';
import { DeleteRosterDialog } from './DeleteRosterDialog.tsx';
import { RosterFormDialog } from './RosterFormDialog.tsx';
import { RostersTable } from './RostersTable.tsx';
import { useRosters } from './use-rosters.ts';

interface RosterManagerDialogProps {
  onClose: () => void;
  /** A roster was added, renamed or deleted: filters and lists should ask again. */
  onChanged: () => void;
}

/** 管理名录: the rosters with their entity counts and items; add, rename, link items, delete. */
export function RosterManagerDialog({ onClose, onChanged }: RosterManagerDialogProps) {
  const notify = useNotify();
  const { rosters, items, error, reload } = useRosters();
  const [editing, setEditing] = useState<{ roster: Roster | null } | null>(null);
  const [deleting, setDeleting] = useState<Roster | null>(null);

  const changed = (text: string) => {
    reload();
    onChanged();
    notify.success(text);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="roster-manager-title">
      <DialogTitle id="roster-manager-title">管理名录</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Typography color="text.secondary" sx={{ flex: 1 }}>
            一个市场主体可以同时在几个名录中。名录对应抽查事项的“适用对象”，抽查时从名录中抽取。
          </Typography>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ roster: null })}>
            新增名录
          </Button>
        </Box>
        <ErrorAlert error={error} />
        {rosters && <RostersTable rosters={rosters} onEdit={(roster) => setEditing({ roster })} onDelete={setDeleting} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
      {editing && (
        <RosterFormDialog
          roster={editing.roster}
          items={items}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            changed(editing.roster ? `已保存名录“${saved.name}”` : `已新增名录“${saved.name}”`);
          }}
        />
      )}
      {deleting && (
        <DeleteRosterDialog
          roster={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            changed(`已删除名录“${deleting.name}”，其中的市场主体仍在名录库中`);
          }}
        />
      )}
    </Dialog>
  );
}
