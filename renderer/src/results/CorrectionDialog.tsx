import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PublicationReadiness, PublicationRecord } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { todayText } from '../common/format-time.ts';
import { useNotify } from '../common/notify.tsx';
import { useSignedInPerson } from '../shell/use-signed-in.ts';
import { savePublication } from './publication-files.ts';

type Pending = PublicationReadiness['corrections'];

/**
 * 生成更正公示 of the results changed after 公示 and reviewed again: the reason (given when they
 * were changed, editable), the date; the 更正公示 names every changed field, before → after.
 */
export function CorrectionDialog(props: {
  taskId: number;
  /** A joint task: the department whose 公示 is corrected (each department publishes its own). */
  departmentId?: number | undefined;
  code: string;
  pending: Pending;
  onClose: () => void;
  onDone: () => void;
}) {
  const notify = useNotify();
  const actor = useSignedInPerson()?.name;
  const reviewed = props.pending.filter((c) => c.reviewed);
  const waiting = props.pending.filter((c) => !c.reviewed);
  const [reason, setReason] = useState(() => [...new Set(reviewed.map((c) => c.reason).filter(Boolean))].join('；'));
  const [date, setDate] = useState(todayText);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<PublicationRecord | null>(null);

  async function correct() {
    setBusy(true);
    try {
      const entityIds = reviewed.map((c) => c.entityId);
      const p = await api.run('publication:correct', {
        taskId: props.taskId,
        departmentId: props.departmentId,
        entityIds,
        reason: reason.trim() || undefined,
        date,
        actor,
      });
      notify.success(`已生成更正公示 #${p.id}（${p.count} 户）`);
      setDone(p);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const changes = done?.content.correction?.changes ?? [];
  return (
    <Dialog open onClose={done ? props.onDone : props.onClose} maxWidth="sm" fullWidth aria-labelledby="correction-title">
      <DialogTitle id="correction-title">生成更正公示：{props.code}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          {!done && (
            <>
              <Typography>
                更正 {reviewed.length} 户：{reviewed.map((c) => `${c.name}（${c.code}）`).join('、') || '无'}
                。原公示保持不变，更正公示列明改动的内容和理由。
              </Typography>
              {waiting.length > 0 && (
                <Alert severity="warning">{waiting.map((c) => c.name).join('、')} 修改后尚未审核，审核后才能更正公示。</Alert>
              )}
              <TextField
                label="更正理由"
                required
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                slotProps={{ htmlInput: { maxLength: 200 } }}
              />
              <TextField
                label="公示日期"
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
                sx={{ width: 200 }}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </>
          )}
          {done && (
            <Alert severity="success" data-testid="correction-done">
              已生成更正公示 #{done.id}（更正 #{done.correctsId}）。更正理由：{done.reason}
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {changes.map((c, i) => (
                  <li key={i}>
                    {c.name} {c.field}：{c.before || '（空）'} → {c.after || '（空）'}
                  </li>
                ))}
              </Box>
            </Alert>
          )}
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </Box>
      </DialogContent>
      <DialogActions>
        {done ? (
          <>
            <Button onClick={() => void savePublication(done, props.code, true).catch(setError)}>保存 PDF</Button>
            <Button onClick={() => void savePublication(done, props.code, false).catch(setError)}>保存 Excel</Button>
            <Button variant="contained" onClick={props.onDone}>
              完成
            </Button>
          </>
        ) : (
          <>
            <Button onClick={props.onClose}>取消</Button>
            <Button variant="contained" disabled={busy || reviewed.length === 0} onClick={() => void correct()}>
              生成更正公示
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
