import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Task } from '../tasks/task-types.ts';
import { departmentLabel } from './department-label.ts';

/**
 * 录入部门 of a joint task, the lead first: the grid, the entry panel, 批量设置, 审核 and 退回 act
 * for the chosen department and show its items only.
 */
export function DepartmentPicker({ task, value, onChange }: { task: Task; value: number; onChange: (departmentId: number) => void }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary" id="result-department-label" sx={{ whiteSpace: 'nowrap' }}>
        录入部门
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={value}
        aria-labelledby="result-department-label"
        onChange={(_e, next: number | null) => next !== null && onChange(next)}
        sx={{ bgcolor: 'background.paper' }}
      >
        {task.departments.map((d) => (
          <ToggleButton key={d.departmentId} value={d.departmentId} title={`${d.name}（${d.role}，检查 ${d.itemIds.length} 项）`}>
            {departmentLabel(d)}
            {d.role === '牵头' && (
              <Box component="span" sx={{ ml: 0.5, fontSize: '0.75em', color: 'text.secondary' }}>
                牵头
              </Box>
            )}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Typography variant="body2" color="text.secondary">
        谁检查、谁录入：录入、批量设置、审核和退回都只针对所选部门及其检查事项；“各部门”列的“合并查看”并列显示各部门的结果。
      </Typography>
    </Box>
  );
}
