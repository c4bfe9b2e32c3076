import { useState } from 'react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { DrawCeremony } from '../draw/DrawCeremony.tsx';
import { VoidedDraws } from '../draw/VoidedDraws.tsx';
import { goTo } from '../shell/use-hash-route.ts';
import { NationalCodes } from './NationalCodes.tsx';
import { TaskFormDialog } from './TaskFormDialog.tsx';
import { TaskTerms } from './TaskTerms.tsx';
import { TASK_STATE_COLORS } from './task-marks.ts';
import { useTaskDetail } from './use-task-detail.ts';

/** One task: its terms, the draw ceremony (or the live draw), and the voided draws below. */
export function TaskDetail({ taskId }: { taskId: number }) {
  const notify = useNotify();
  const { task, draws, live, error, reload, version } = useTaskDetail(taskId);
  const [editing, setEditing] = useState(false);
  const voided = draws.filter((d) => d.voided);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pb: 4 }}>
      <Box>
        <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => goTo('tasks')}>
          抽查任务列表
        </Button>
      </Box>
      <ErrorAlert error={error} />
      {task && (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              <Box component="span" sx={{ fontFamily: 'Consolas, monospace', color: 'text.secondary', mr: 1.5 }}>
                {task.code}
              </Box>
              {task.name}
            </Typography>
            <Chip label={task.state} color={TASK_STATE_COLORS[task.state]} data-testid="task-state" />
            <Box sx={{ flex: 1 }} />
            {live ? (
              <Button variant="outlined" startIcon={<FactCheckIcon />} onClick={() => goTo('results', task.id)}>
                录入检查结果
              </Button>
            ) : (
              <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setEditing(true)}>
                修改任务条件
              </Button>
            )}
          </Box>
          <TaskTerms task={task} />
          <NationalCodes taskId={task.id} />
          <DrawCeremony task={task} live={live} version={version} onChanged={reload} />
          {live && <DocumentsSection key={live.id} task={task} live={live} />}
          {voided.length > 0 && <VoidedDraws draws={voided} task={task} />}
        </>
      )}
      {editing && task && (
        <TaskFormDialog
          task={task}
          departments={[]}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
            notify.success('任务条件已保存');
          }}
        />
      )}
    </Box>
  );
}
