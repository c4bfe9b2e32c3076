import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PublicationRecord } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { todayText } from '../common/format-time.ts';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { useSignedInPerson } from '../shell/use-signed-in.ts';
import { CorrectionDialog } from './CorrectionDialog.tsx';
import { PublicationsList } from './PublicationsList.tsx';
import { namesText } from './publication-text.ts';
import { savePublication } from './publication-files.ts';

/**
 * 生成公示 for a task: how many results are 已审核 and which are not (named), the choice of a
 * 分批公示 of the reviewed ones while others are missing, the date; then the PDF or Excel of what
 * was stored. Below, the task's publications, and 生成更正公示 for results changed after 公示.
 * A joint task's dialog acts for one department ("谁检查、谁公开"): the one chosen on the results
 * page (`departmentId`) when it is one of the task's, else the lead, switchable here.
 */
export function PublishDialog({
  task,
  departmentId,
  onClose,
}: {
  task: { taskId: number; code: string; name: string };
  departmentId?: number | undefined;
  onClose: () => void;
}) {
  const notify = useNotify();
  const actor = useSignedInPerson()?.name;
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const whole = useCall('publication:list', { taskId: task.taskId });
  const departments = whole.data?.departments ?? [];
  const joint = departments.length > 0;
  const dept = joint
    ? (chosen ?? departments.find((d) => d.departmentId === departmentId)?.departmentId ?? departments[0]!.departmentId)
    : undefined;
  const deptName = departments.find((d) => d.departmentId === dept)?.name;
  // A joint task's readiness and publications are its department's, asked once its departments are known.
  const own = useCall('publication:list', joint ? { taskId: task.taskId, departmentId: dept } : null);
  const state = joint ? own : whole;
  const [date, setDate] = useState(todayText);
  const [batch, setBatch] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<PublicationRecord | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const r = state.data?.readiness;
  const partial = (r?.notReady.length ?? 0) > 0;

  async function publish() {
    if (!r) return;
    setBusy(true);
    setError(null);
    try {
      const entityIds = partial ? r.ready.map((e) => e.entityId) : undefined;
      const p = await api.run('publication:publish', { taskId: task.taskId, departmentId: dept, entityIds, date, actor });
      notify.success(`已生成${deptName ? `${deptName}的` : ''}${p.kind} #${p.id}（${p.count} 户）`);
      setDone(p);
      state.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const canPublish = r !== undefined && r.ready.length > 0 && (!partial || batch) && done === null;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="publish-title">
      <DialogTitle id="publish-title">
        生成公示：{task.code} {task.name}
      </DialogTitle>
      <DialogContent>
        <ErrorAlert error={state.error} />
        {joint && (
          <TextField
            select
            label="公示部门"
            value={dept}
            disabled={busy}
            onChange={(e) => {
              setChosen(Number(e.target.value));
              setDone(null);
              setError(null);
            }}
            helperText="联合抽查由各部门公示本部门检查事项的结果（谁检查、谁公开）"
            sx={{ mt: 1, mb: 2, minWidth: 320 }}
            data-testid="publish-department"
          >
            {departments.map((d) => (
              <MenuItem key={d.departmentId} value={d.departmentId}>
                {d.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {r && (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <Typography data-testid="publish-summary">
              {deptName && `${deptName}：`}共 {r.total} 户：已公示 {r.published} 户，已审核待公示 {r.ready.length} 户，未审核{' '}
              {r.notReady.length} 户
              {r.notReady.some((e) => e.status === '未录入') &&
                `（其中未录入 ${r.notReady.filter((e) => e.status === '未录入').length} 户）`}
              。 只公示已审核的检查结果，公示内容冻结保存并记入审计链。
            </Typography>
            {r.legacyPublishedOn && (
              <Alert severity="info">该任务已于 {r.legacyPublishedOn} 标记公示（升级前，当时未保存公示内容）。</Alert>
            )}
            {partial && (
              <Alert severity="warning" data-testid="publish-missing">
                以下 {r.notReady.length} 户的检查结果尚未审核，不能公示全部：{namesText(r.notReady)}。
              </Alert>
            )}
            {partial && r.ready.length > 0 && done === null && (
              <FormControlLabel
                control={<Checkbox checked={batch} onChange={(e) => setBatch(e.target.checked)} />}
                label={`分批公示已审核的 ${r.ready.length} 户：${namesText(r.ready)}`}
              />
            )}
            {r.ready.length === 0 && done === null && (
              <Typography color="text.secondary">
                {r.published === r.total ? '全部检查对象均已公示。' : '没有已审核、尚未公示的检查结果。请先在“录入结果”中审核。'}
              </Typography>
            )}
            {done === null && r.ready.length > 0 && (
              <TextField
                label="公示日期"
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
                sx={{ width: 200 }}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            )}
            {done && (
              <Alert
                severity="success"
                action={
                  <Box sx={{ display: 'flex', gap: 1 }}>
                    <Button size="small" onClick={() => void savePublication(done, task.code, true).catch(setError)}>
                      保存 PDF
                    </Button>
                    <Button size="small" onClick={() => void savePublication(done, task.code, false).catch(setError)}>
                      保存 Excel
                    </Button>
                  </Box>
                }
              >
                已生成{done.kind} #{done.id}（{done.publishedOn}，{done.count} 户）。
              </Alert>
            )}
            {r.corrections.length > 0 && (
              <Alert
                severity="info"
                data-testid="pending-corrections"
                action={
                  <Button size="small" onClick={() => setCorrecting(true)}>
                    生成更正公示
                  </Button>
                }
              >
                待更正公示 {r.corrections.length} 户：
                {r.corrections.map((c) => `${c.name}（${c.code}）${c.reviewed ? '' : '，修改后尚未审核'}`).join('、')}
              </Alert>
            )}
            <ErrorAlert error={error} onClose={() => setError(null)} />
            <Divider />
            <Typography variant="subtitle2">公示记录</Typography>
            <PublicationsList publications={state.data?.publications ?? []} code={task.code} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
        {done === null && (
          <Button variant="contained" disabled={!canPublish || busy} onClick={() => void publish()}>
            {partial ? '分批公示' : '生成公示'}
          </Button>
        )}
      </DialogActions>
      {correcting && r && (
        <CorrectionDialog
          taskId={task.taskId}
          departmentId={dept}
          code={task.code}
          pending={r.corrections}
          onClose={() => setCorrecting(false)}
          onDone={() => {
            setCorrecting(false);
            state.reload();
          }}
        />
      )}
    </Dialog>
  );
}
