import FileOpenIcon from '@mui/icons-material/FileOpen';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';

interface FileStepProps {
  reading: boolean;
  error: unknown;
  onChoose: () => void;
  onTemplate: () => void;
  onClose: () => void;
}

/** Step 1: choose the file. Title rows, other column names and GBK-encoded CSV are all fine. */
export function FileStep({ reading, error, onChoose, onTemplate, onClose }: FileStepProps) {
  return (
    <>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2, py: 4 }}>
          <Button variant="contained" size="large" startIcon={<FileOpenIcon />} onClick={onChoose} disabled={reading}>
            选择文件…
          </Button>
          {reading && (
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} role="status">
              <CircularProgress size={18} />
              <Typography color="text.secondary">正在读取文件…</Typography>
            </Box>
          )}
          <Typography color="text.secondary" sx={{ textAlign: 'center', lineHeight: 1.9 }}>
            可以导入 Excel 工作簿（.xlsx、.xls）、WPS 表格（.et）或 CSV 文件（.csv）。
            <br />
            表格上方有标题行、填报单位行都没有关系；列名不必和模板完全一致，下一步可以核对每一列。
            <br />
            没有现成的表格？
            <Link component="button" type="button" onClick={onTemplate} sx={{ verticalAlign: 'baseline' }}>
              下载导入模板
            </Link>
          </Typography>
          <Box sx={{ width: '100%' }}>
            <ErrorAlert error={error} />
          </Box>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
      </DialogActions>
    </>
  );
}
