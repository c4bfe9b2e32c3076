import TableViewIcon from '@mui/icons-material/TableView';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { api, files } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import { XLSX_FILTER } from '../common/save-xlsx.ts';
import type { Task } from '../tasks/task-types.ts';

/**
 * 导出公示系统表: the task's published results in the public fields of 国家企业信用信息公示系统,
 * beside the 公示 it copies. Numbers the task (and its plan) first where they have no 公示系统编号.
 */
export function GsxtExportButton({ task, disabled, departmentId }: { task: Task; disabled?: boolean; departmentId?: number | undefined }) {
  const notify = useNotify();
  async function exportSheet() {
    try {
      const path = await files.pickSave({ title: '导出公示系统表', defaultName: `${task.code} 公示系统表.xlsx`, filters: [XLSX_FILTER] });
      if (!path) return;
      // A joint task's sheet holds every department's published results (抽查机关 per row), or one department's.
      const done = await api.run('gsxt:export', { taskId: task.id, path, departmentId });
      await files.deliver(done.path);
      const left =
        done.leftOut === 0
          ? ''
          : done.joint
            ? `；另有 ${done.leftOut} 份部门检查结果尚未公示，未导出`
            : `；另有 ${done.leftOut} 户尚未公示，未导出`;
      notify.success(`已导出公示系统表：${done.entities} 户，${done.count} 行，任务编号 ${done.taskNationalCode}${left}`);
    } catch (err) {
      notify.error(err);
    }
  }
  return (
    <Tooltip
      describeChild
      title="已公示的检查结果，按国家企业信用信息公示系统的公示项（每户每个检查事项一行，联合抽查的抽查机关为检查该事项的部门），供上传"
    >
      <Button variant="outlined" startIcon={<TableViewIcon />} disabled={disabled} onClick={() => void exportSheet()}>
        导出公示系统表
      </Button>
    </Tooltip>
  );
}
