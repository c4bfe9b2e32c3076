import { useEffect, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Staff } from '../../../electron/api/types.ts';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { reloadSignedIn, signInAs, signOutHere, useSignedIn } from '../shell/use-signed-in.ts';

const NOBODY = '';

/** 人员: who enters (录入员) and who reviews (审核员) results, and who is signed in on this PC. */
export function StaffCard() {
  const notify = useNotify();
  const staff = useCall('staff:list', {});
  const signedIn = useSignedIn();
  const [error, setError] = useState<ApiCallError | null>(null);
  const [name, setName] = useState('');
  const [canEnter, setCanEnter] = useState(true);
  const [canReview, setCanReview] = useState(false);
  const list = staff.data ?? [];
  // Opened after a restore too (a new key): who is signed in is read from the data as it is now.
  useEffect(() => void reloadSignedIn(), []);

  async function attempt(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      setError(null);
      staff.reload();
      await reloadSignedIn();
      notify.success(done);
      return true;
    } catch (err) {
      setError(asApiCallError(err));
      return false;
    }
  }
  const save = (s: Staff, patch: Partial<Staff>, done: string) => attempt(() => api.run('staff:save', { ...s, ...patch }), done);
  async function add(event: FormEvent) {
    event.preventDefault();
    if (await attempt(() => api.run('staff:save', { name, canEnter, canReview }), `已添加“${name.trim()}”`)) {
      setName('');
      setCanEnter(true);
      setCanReview(false);
    }
  }
  const choose = (value: string) =>
    attempt(() => (value === NOBODY ? signOutHere() : signInAs(value)), value === NOBODY ? '本机已退出登录' : `本机当前登录：${value}`);

  return (
    <Paper variant="outlined" component="section" sx={{ p: 3 }} aria-labelledby="staff-title">
      <Typography variant="h6" component="h2" id="staff-title" gutterBottom>
        人员
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        录入员录入检查结果，审核员审核或退回；一人不能审核自己录入的结果。停用的人员保留在其录入、审核过的结果上，但不能再登录。
      </Typography>
      <TextField
        select
        label="本机当前登录人员"
        value={signedIn?.person?.name ?? NOBODY}
        onChange={(e) => void choose(e.target.value)}
        sx={{ minWidth: 260, mb: 2 }}
        helperText={signedIn ? `本机：${signedIn.host}` : ' '}
      >
        <MenuItem value={NOBODY}>（未登录）</MenuItem>
        {list
          .filter((s) => s.active)
          .map((s) => (
            <MenuItem key={s.id} value={s.name}>
              {s.name}
            </MenuItem>
          ))}
      </TextField>
      <ErrorAlert error={error ?? staff.error} />
      <Table size="small" aria-label="人员名单" sx={{ mb: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>姓名</TableCell>
            <TableCell align="center" sx={{ whiteSpace: 'nowrap', width: 80 }}>
              录入员
            </TableCell>
            <TableCell align="center" sx={{ whiteSpace: 'nowrap', width: 80 }}>
              审核员
            </TableCell>
            <TableCell>状态</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {list.length === 0 && (
            <TableRow>
              <TableCell colSpan={5} sx={{ color: 'text.secondary' }}>
                还没有人员。添加后，录入和审核检查结果时会记下录入员、审核员。
              </TableCell>
            </TableRow>
          )}
          {list.map((s) => (
            <TableRow key={s.id} sx={s.active ? {} : { '& td': { color: 'text.disabled' } }}>
              <TableCell>{s.name}</TableCell>
              <TableCell align="center" sx={{ py: 0 }}>
                <Checkbox
                  checked={s.canEnter}
                  disabled={!s.active}
                  onChange={(e) => void save(s, { canEnter: e.target.checked }, `已修改“${s.name}”的角色`)}
                  slotProps={{ input: { 'aria-label': `${s.name} 录入员` } }}
                />
              </TableCell>
              <TableCell align="center" sx={{ py: 0 }}>
                <Checkbox
                  checked={s.canReview}
                  disabled={!s.active}
                  onChange={(e) => void save(s, { canReview: e.target.checked }, `已修改“${s.name}”的角色`)}
                  slotProps={{ input: { 'aria-label': `${s.name} 审核员` } }}
                />
              </TableCell>
              <TableCell>{s.active ? '在用' : '已停用'}</TableCell>
              <TableCell align="right">
                <Button size="small" onClick={() => void save(s, { active: !s.active }, `已${s.active ? '停用' : '启用'}“${s.name}”`)}>
                  {s.active ? '停用' : '启用'}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box component="form" noValidate onSubmit={add} sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          label="姓名"
          value={name}
          onChange={(e) => setName(e.target.value)}
          helperText="不超过 20 字，不能与名单中的重复"
          error={Boolean(error?.fields.name)}
          slotProps={{ htmlInput: { maxLength: 20 } }}
        />
        <FormControlLabel control={<Checkbox checked={canEnter} onChange={(e) => setCanEnter(e.target.checked)} />} label="录入员" />
        <FormControlLabel control={<Checkbox checked={canReview} onChange={(e) => setCanReview(e.target.checked)} />} label="审核员" />
        <Button type="submit" variant="outlined" disabled={!name.trim()}>
          添加人员
        </Button>
      </Box>
    </Paper>
  );
}
