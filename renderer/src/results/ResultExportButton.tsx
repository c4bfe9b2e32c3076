import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { api } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import { saveXlsx } from '../common/save-xlsx.ts';
import { useCall } from '../common/use-call.ts';
import { departmentLabel } from './department-label.ts';
import { useResultDepartment } from './use-result-department.ts';

/**
 * 导出 Excel: the task's entities and their results, per 检查事项 too, to fill in away from the
 * program (or print) and read back with 从 Excel 导入结果. A joint task's sheet is the department's
 * chosen on the page: its members, its result and its items' columns.
 */
export function ResultExportButton({ taskId }: { taskId: number }) {
  const notify = useNotify();
  const task = useCall('tasks:get', { id: taskId }).data;
  const [departmentId] = useResultDepartment(task ?? null);
  const department = task?.departments.find((d) => d.departmentId === departmentId);
  const whose = department ? `${departmentLabel(department)} ` : '';
  async function exportSheet() {
    try {
      let entered = 0;
      const done = await saveXlsx('导出检查结果', `${task ? `${task.code} ${task.name} ` : ''}${whose}检查结果.xlsx`, async (path) => {
        const written = await api.run('results:export', { taskId, departmentId, path });
        entered = written.entered;
        return written;
      });
      if (done) notify.success(`已导出 ${done.count} 户（已录入 ${entered} 户）`);
    } catch (err) {
      notify.error(err);
    }
  }
  return (
    <Tooltip describeChild title="导出检查对象和已录入的结果（含各检查事项的是否检查、发现问题、处置情况），填写后可再导入">
      <Button size="small" startIcon={<FileDownloadIcon />} onClick={() => void exportSheet()} sx={{ mb: 1 }}>
        {department ? `导出${departmentLabel(department)}的 Excel` : '导出 Excel'}
      </Button>
    </Tooltip>
  );
}
