import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { FactList } from '../common/FactList.tsx';
import { useCall } from '../common/use-call.ts';
import { TaskJointTerms } from './TaskJointTerms.tsx';
import { taskTerms } from './task-terms.ts';
import type { Task } from './task-types.ts';

/** 任务条件: what the draw will follow, in two columns; a joint task's departments across both below. */
export function TaskTerms({ task }: { task: Task }) {
  const plans = useCall('plans:list', task.source === '计划' ? {} : null);
  const [left, right] = taskTerms(task, plans.data ?? []);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="任务条件"
      sx={{ p: 2, display: 'grid', gridTemplateColumns: '1.2fr 1fr', columnGap: 4 }}
    >
      <FactList facts={left} labelWidth="5.5em" />
      <Box>
        <FactList facts={right} labelWidth="5.5em" />
      </Box>
      {task.joint && <TaskJointTerms task={task} />}
    </Paper>
  );
}
