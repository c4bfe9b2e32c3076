import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useCall } from '../common/use-call.ts';
import { useNotify } from '../common/notify.tsx';
import { goTo } from '../shell/use-hash-route.ts';
import { TaskFormDialog } from './TaskFormDialog.tsx';
import { TasksGrid, type TaskRow } from './TasksGrid.tsx';

/** 抽查任务: every task with its state, results entered and 公示; 新建任务 opens the form. */
export function TaskList() {
  const notify = useNotify();
  const tasks = useCall('tasks:list', {});
  const board = useCall('publication:dashboard', {});
  const [creating, setCreating] = useState(false);
  const publication = new Map((board.data ?? []).map((p) => [p.taskId, p]));
  const rows: TaskRow[] = (tasks.data ?? []).map((t) => ({ ...t, publication: publication.get(t.id) ?? null }));
  const departments = [...new Set(rows.map((t) => t.department).filter(Boolean))];

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1.5 }}>
        <Typography variant="h5" component="h1">
          抽查任务
        </Typography>
        <Typography color="text.secondary" data-testid="task-count">
          共 {rows.length} 个任务
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} sx={{ alignSelf: 'center' }}>
          新建任务
        </Button>
      </Box>
      {(tasks.error ?? board.error) && (
        <Box sx={{ mb: 1.5 }}>
          <ErrorAlert error={tasks.error ?? board.error} />
        </Box>
      )}
      <Box sx={{ flex: 1, minHeight: 240 }}>
        <TasksGrid rows={rows} loading={tasks.loading} onOpen={(task) => goTo('tasks', task.id)} />
      </Box>
      {creating && (
        <TaskFormDialog
          task={null}
          departments={departments}
          onClose={() => setCreating(false)}
          onSaved={(task) => {
            setCreating(false);
            notify.success(`已新建任务 ${task.code}。请核对候选范围后抽取。`);
            goTo('tasks', task.id);
          }}
        />
      )}
    </Box>
  );
}
