import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useCall } from '../common/use-call.ts';
import type { Task } from '../tasks/task-types.ts';
import { useResultsVersion } from './use-task-results.ts';

/**
 * Which task's results to enter: only tasks with a live draw have entities to enter. The counts
 * (已录入 n / m) are read again whenever results were, whoever changed them (trial: they stayed
 * as they were when the page opened).
 */
export function ResultsTaskPicker({ tasks, value, onChange }: { tasks: Task[]; value: number | null; onChange: (id: number) => void }) {
  const fresh = useCall('tasks:list', {}, useResultsVersion()).data;
  const drawn = (fresh ?? tasks).filter((t) => t.liveDrawId !== null);
  return (
    <TextField
      select
      label="抽查任务"
      value={value ?? ''}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ width: 420, bgcolor: 'background.paper' }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="" disabled>
        {drawn.length ? '请选择已抽取的任务' : '还没有已抽取的任务'}
      </MenuItem>
      {drawn.map((t) => (
        <MenuItem key={t.id} value={t.id}>
          {t.code}　{t.name}（已录入 {t.resultCount}/{t.selectedCount}）
        </MenuItem>
      ))}
    </TextField>
  );
}
