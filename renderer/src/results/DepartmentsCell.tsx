import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import ViewColumnOutlinedIcon from '@mui/icons-material/ViewColumnOutlined';
import { departmentLabel } from './department-label.ts';
import { statusOf } from './result-status.ts';
import type { DepartmentResult, TaskResultRow } from './result-types.ts';

const MARK: Record<ReturnType<typeof statusOf>, string> = { 未录入: '○', 已录入: '●', 退回: '↩', 已审核: '✓', 已公示: '✓' };

/** A department in two or three characters for the narrow cell (本局, 应急, 卫健); the full names are on hover. */
const tiny = (d: DepartmentResult) => {
  const label = departmentLabel(d);
  return label === '本局' ? label : label.replace(/^县/, '').replace(/局$/, '');
};

/**
 * 各部门 of a joint task's row: where each department's result stands (○ 未录入, ● 已录入, ↩ 退回,
 * ✓ 已审核/已公示), and 合并查看 to see them side by side.
 */
export function DepartmentsCell({ row, parts, onOpen }: { row: TaskResultRow; parts: DepartmentResult[]; onOpen: () => void }) {
  const marks = parts.map((d) => ({ d, status: statusOf({ ...row, team: d.team, result: d.result }) }));
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, width: '100%' }}>
      <Box
        component="span"
        title={marks.map(({ d, status }) => `${d.name}：${status}`).join('\n')}
        sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: '0.8rem' }}
      >
        {marks.map(({ d, status }) => (
          <Box
            key={d.departmentId}
            component="span"
            sx={{ mr: 0.5, color: status === '未录入' ? 'text.disabled' : status === '退回' ? 'warning.main' : 'success.dark' }}
          >
            {MARK[status]}
            {tiny(d)}
          </Box>
        ))}
      </Box>
      <IconButton
        size="small"
        aria-label="合并查看"
        title="合并查看：各部门的检查结果并列显示"
        sx={{ flexShrink: 0, ml: 'auto' }}
        onClick={(e) => {
          // The row's own click opens the entry panel; this one only the combined view.
          e.stopPropagation();
          onOpen();
        }}
      >
        <ViewColumnOutlinedIcon fontSize="small" />
      </IconButton>
    </Box>
  );
}
