import { api } from '../api/client.ts';
import { formatCount } from '../common/format-time.ts';
import { useNotify } from '../common/notify.tsx';
import { saveXlsx } from '../common/save-xlsx.ts';
import { downloadTemplate } from '../import/import-downloads.ts';

/** 导出 Excel (the list as searched and filtered now) and the two 导入模板. */
export function useInspectorFiles() {
  const notify = useNotify();

  async function exportXlsx(search: string, tag: string | null, departmentId: number | '') {
    try {
      const input = {
        ...(search.trim() ? { search: search.trim() } : {}),
        ...(tag ? { tag } : {}),
        ...(departmentId === '' ? {} : { departmentId }),
      };
      const result = await saveXlsx('导出执法检查人员名录', '执法检查人员名录.xlsx', (path) =>
        api.run('inspectors:export', { ...input, path }),
      );
      if (result) notify.success(`已导出 ${formatCount(result.count)} 名执法检查人员`);
    } catch (err) {
      notify.error(err);
    }
  }

  async function template(kind: 'inspectors' | 'conflicts') {
    try {
      if (await downloadTemplate(kind)) notify.success('已下载导入模板');
    } catch (err) {
      notify.error(err);
    }
  }

  return { exportXlsx, template };
}
