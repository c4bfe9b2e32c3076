import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import { saveXlsx } from '../common/save-xlsx.ts';
import type { Task } from '../tasks/task-types.ts';
import { exportedNotice, firstChoice } from './exchange-text.ts';

interface ExchangeDialogProps {
  task: Task;
  /** The department chosen on the results page, offered first. */
  initial: number | undefined;
  onClose: () => void;
  /** 导入交回的文件 for that department: must open the file chooser straight from the click. */
  onImport: (departmentId: number, name: string) => void;
}

/**
 * 部门交换: for a department that does not run this program, export its part of the joint task
 * (检查对象, its 执法人员, its 抽查事项 and the 检查结果 sheet to fill), and import what it returns.
 */
export function ExchangeDialog({ task, initial, onClose, onImport }: ExchangeDialogProps) {
  const notify = useNotify();
  const [chosen, setChosen] = useState(() => firstChoice(task, initial));
  const [busy, setBusy] = useState(false);
  const department = task.departments.find((d) => d.departmentId === chosen) ?? task.departments[0]!;
  async function exportPart() {
    setBusy(true);
    try {
      const done = await saveXlsx('导出部门交换表', `${task.code} ${department.shortName} 交换表.xlsx`, (path) =>
        api.run('exchange:export', { taskId: task.id, departmentId: department.departmentId, path }),
      );
      if (done) notify.success(exportedNotice(department.name, done.count));
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="exchange-title">
      <DialogTitle id="exchange-title">部门交换：{task.name}</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="body2" color="text.secondary">
          没有使用本程序的部门：导出它的部分（检查对象、本部门执法人员、抽查事项和待填写的检查结果表），交该部门填写；交回后导入，先预览，确认后写入该部门的检查结果。
        </Typography>
        <RadioGroup aria-label="部门" value={String(department.departmentId)} onChange={(e) => setChosen(Number(e.target.value))}>
          {task.departments.map((d) => (
            <FormControlLabel
              key={d.departmentId}
              value={String(d.departmentId)}
              control={<Radio size="small" />}
              label={
                <Box component="span">
                  {d.name}
                  <Box component="span" sx={{ ml: 1, color: 'text.secondary', fontSize: '0.85em' }}>
                    {d.role}，抽查事项 {d.itemIds.length} 项，每户 {d.perEntity} 人
                  </Box>
                </Box>
              }
            />
          ))}
        </RadioGroup>
        {department.role === '牵头' && (
          <Alert severity="info">{department.name}是牵头部门，通常直接在本程序中录入；也可以导出交换表。</Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          关闭
        </Button>
        <Button startIcon={<FileUploadIcon />} disabled={busy} onClick={() => onImport(department.departmentId, department.name)}>
          导入交回的文件…
        </Button>
        <Button variant="contained" startIcon={<FileDownloadIcon />} disabled={busy} onClick={() => void exportPart()}>
          导出交换表…
        </Button>
      </DialogActions>
    </Dialog>
  );
}
