import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useCall } from '../common/use-call.ts';
import { signInAs } from './use-signed-in.ts';

const roles = (s: { canEnter: boolean; canReview: boolean }) =>
  [s.canEnter ? '录入员' : '', s.canReview ? '审核员' : ''].filter(Boolean).join('、');

/**
 * 谁在使用本机: the people in use on the staff list, one click signs one in. Asked at start when
 * there are people and nobody is signed in here, and from the app bar to switch.
 */
export function SignInDialog({ onClose, current }: { onClose: () => void; current: string | null }) {
  const staff = useCall('staff:list', {});
  const [error, setError] = useState<unknown>(null);
  const active = (staff.data ?? []).filter((s) => s.active);
  async function choose(name: string) {
    try {
      await signInAs(name);
      onClose();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="sign-in-title">
      <DialogTitle id="sign-in-title">谁在使用本机？</DialogTitle>
      <DialogContent dividers>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          录入的检查结果记您为录入员，审核时记您为审核员。一人不能审核自己录入的结果。
        </Typography>
        <ErrorAlert error={error ?? staff.error} />
        <List dense aria-label="人员">
          {active.map((s) => (
            <ListItemButton key={s.id} selected={s.name === current} onClick={() => void choose(s.name)}>
              <ListItemText primary={s.name} secondary={roles(s)} />
            </ListItemButton>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, pl: 1 }}>
          人员名单在 设置 → 人员 中维护
        </Typography>
        <Button onClick={onClose}>{current ? '取消' : '暂不选择'}</Button>
      </DialogActions>
    </Dialog>
  );
}
