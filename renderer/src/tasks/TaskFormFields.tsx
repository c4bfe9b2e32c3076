import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { TaskBasicsFields } from './TaskBasicsFields.tsx';
import { TaskJointFields } from './TaskJointFields.tsx';
import { TaskQuotaFields } from './TaskQuotaFields.tsx';
import { TaskScopeFields } from './TaskScopeFields.tsx';
import { TaskTeamFields } from './TaskTeamFields.tsx';
import type { TaskFormValues } from './task-form-values.ts';
import type { TaskOptions } from './use-task-options.ts';

export interface TaskFieldsProps {
  values: TaskFormValues;
  /** The core's reasons by field (see fieldReasons). */
  reasons: Record<string, string>;
  options: TaskOptions;
  onChange: <K extends keyof TaskFormValues>(field: K, value: TaskFormValues[K]) => void;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" color="primary" sx={{ mb: 1.25, p: 0 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/**
 * The task form in two columns: what and from where on the left, how many and who on the right;
 * a joint task's departments across both below.
 */
export function TaskFormFields(props: TaskFieldsProps & { departments: string[]; onNewPlan: () => void }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 4, rowGap: 2, pt: 1 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Part title="基本信息">
          <TaskBasicsFields {...props} />
        </Part>
        <Part title="抽取范围">
          <TaskScopeFields {...props} />
        </Part>
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Part title="抽取数量">
          <TaskQuotaFields {...props} />
        </Part>
        <Part title="检查安排">
          <TaskTeamFields {...props} />
        </Part>
      </Box>
      {props.values.joint && (
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Part title="联合抽查部门（牵头部门在前）">
            <TaskJointFields {...props} />
          </Part>
        </Box>
      )}
    </Box>
  );
}
