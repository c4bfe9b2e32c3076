import { useState } from 'react';
import { ApiCallError } from '../api/api-error.ts';
import { api, files } from '../api/client.ts';
import { TABLE_FILTER } from '../common/save-xlsx.ts';
import { useNotify } from '../common/notify.tsx';

/** 从 Excel 导入结果: all rows or none; a refusal lists every problem by row. */
export function useResultImport(onImported: () => void) {
  const notify = useNotify();
  const [problems, setProblems] = useState<ApiCallError | null>(null);

  /** Called straight from the click: the browser opens its file chooser only inside the click. */
  function start(taskCode: string) {
    files
      .pickOpen({ title: '选择检查结果 Excel 文件', filters: [TABLE_FILTER] })
      .then(async (path) => {
        if (!path) return;
        const done = await api.run('results:import', { path, task: taskCode });
        onImported();
        const replaced = done.updated > 0 ? `，其中 ${done.updated} 户原有结果已按文件更新（文件中没有的列保持原样）` : '';
        notify.success(`已导入 ${done.rows} 户的检查结果（任务 ${done.tasks.join('、')}）${replaced}`);
      })
      .catch((err: unknown) => (err instanceof ApiCallError ? setProblems(err) : notify.error(err)));
  }

  return { start, problems, dismiss: () => setProblems(null) };
}
