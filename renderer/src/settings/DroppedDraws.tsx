import Alert from '@mui/material/Alert';
import type { DroppedDraw } from '../../../electron/api/types.ts';
import { formatDateTime } from '../common/format-time.ts';

/** The draws a restore would lose, each by number, task and time, as the core named them. */
export function DroppedDraws({ dropped }: { dropped: DroppedDraw[] }) {
  return (
    <Alert severity="warning" variant="outlined" role="note" data-testid="restore-dropped">
      该备份早于以下 {dropped.length} 次抽取。恢复后，这些抽取记录将不在数据中：
      <ul style={{ margin: '8px 0', paddingLeft: 20 }}>
        {dropped.map((d) => (
          <li key={d.id}>
            抽取记录 #{d.id} · 任务 {d.taskCode}「{d.taskName}」 · {formatDateTime(d.drawnAt)} 抽取{d.voided ? '（已作废）' : ''}
          </li>
        ))}
      </ul>
      恢复前的数据（含这些抽取记录）会先另存为备份，本次恢复和丢弃的记录会写入审计日志。
    </Alert>
  );
}
