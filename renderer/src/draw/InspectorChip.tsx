import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { DrawnInspector } from '../tasks/task-types.ts';

interface InspectorChipProps {
  inspector: DrawnInspector;
  /** In a joint draw the tooltip names the member's department (the line above names it too). */
  joint?: boolean;
  /** 递补 is offered (live draws only); the chip is a button then. */
  onReplace?: (() => void) | undefined;
}

/** One inspector of a team: 组长 marked, a 递补 marked with whom it replaced and why. */
export function InspectorChip({ inspector, joint = false, onReplace }: InspectorChipProps) {
  const r = inspector.replaced;
  const label = `${inspector.name}${inspector.leader ? '（组长）' : ''}`;
  const tip = [
    `执法证号 ${inspector.certNo}`,
    joint ? `部门 ${inspector.departmentName}` : '',
    r ? `递补：接替 ${r.previousName}（${r.previousCert}），理由：${r.reason}` : '',
    onReplace ? (joint ? '点击可递补（从同一部门换人）' : '点击可递补（换人）') : '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{tip}</span>}>
      <Chip
        size="small"
        label={label}
        icon={r ? <SwapHorizIcon /> : undefined}
        color={inspector.leader ? 'primary' : 'default'}
        variant={inspector.leader ? 'filled' : 'outlined'}
        data-replaced={r ? 'true' : undefined}
        aria-label={`${label}${r ? `，递补接替${r.previousName}` : ''}${onReplace ? '，点击递补' : ''}`}
        {...(onReplace ? { onClick: onReplace } : {})}
      />
    </Tooltip>
  );
}
