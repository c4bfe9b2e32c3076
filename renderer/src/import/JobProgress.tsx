import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { formatCount } from '../common/format-time.ts';
import type { ImportJobStatus } from './use-import-job.ts';

interface JobProgressProps {
  /** 正在预览 / 正在导入 */
  title: string;
  status: ImportJobStatus | null;
  /** 取消 was pressed; the host stops at its next batch. */
  cancelling: boolean;
  onCancel: () => void;
}

/** A running import: how many rows are read, how fast, and a 取消 that leaves nothing written. */
export function JobProgress({ title, status, cancelling, onCancel }: JobProgressProps) {
  const rows = status?.progress.rows ?? 0;
  const speed = status?.progress.rowsPerSecond ?? 0;
  return (
    <Box
      role="status"
      aria-label="导入进度"
      sx={{ my: 'auto', mx: 'auto', width: '100%', maxWidth: 760, py: 4, display: 'flex', flexDirection: 'column', gap: 1.5 }}
    >
      <Typography variant="subtitle1">{title}</Typography>
      {/* The total is not known before the file is read to its end, so the bar only says "working". */}
      <LinearProgress aria-label={title} sx={{ height: 8, borderRadius: 4 }} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography color="text.secondary" data-testid="import-progress" sx={{ flex: 1 }}>
          {rows === 0 ? '正在读取文件…' : `已读取 ${formatCount(rows)} 行，每秒 ${formatCount(speed)} 行`}
        </Typography>
        <Button variant="outlined" color="warning" onClick={onCancel} disabled={!status || cancelling}>
          {cancelling ? '正在取消…' : '取消'}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        文件较大时需要一些时间。按“取消”可随时停止，停止后不会写入任何数据。
      </Typography>
    </Box>
  );
}
