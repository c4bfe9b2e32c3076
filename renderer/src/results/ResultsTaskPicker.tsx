import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Task } from '../tasks/task-types.ts';

/** Which task's results to enter: only tasks with a live draw have entities to enter. */
export function ResultsTaskPicker({ tasks, value, onChange }: { tasks: Task[]; value: number | null; onChange: (id: number) => void }) {
  const drawn = tasks.filter((t) => t.liveDrawId !== null);
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
          {t.code}　{t.name}（{t.resultCount}/{t.selectedCount}）
        </MenuItem>
      ))}
    </TextField>
  );
}
