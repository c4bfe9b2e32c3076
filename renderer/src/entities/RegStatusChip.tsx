import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { isClosedStatus } from './entity-options.ts';

/** 登记状态; 注销 / 吊销 / 撤销 / 迁出 stand out, since such entities are never drawn. */
export function RegStatusChip({ status }: { status: string }) {
  if (!isClosedStatus(status)) return <span>{status}</span>;
  return (
    <Tooltip title="该状态的市场主体不会被抽取" describeChild>
      <Chip size="small" color="warning" label={status} data-closed="true" />
    </Tooltip>
  );
}
