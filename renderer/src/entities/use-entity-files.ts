import { api } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import { saveXlsx } from '../common/save-xlsx.ts';
import { formatCount } from '../common/format-time.ts';
import { downloadTemplate } from '../import/import-downloads.ts';
import type { EntityFilterValues } from './entity-options.ts';
import { filterInput } from './use-entity-query.ts';

/** 导出 Excel (the list as filtered now) and 下载导入模板. */
export function useEntityFiles() {
  const notify = useNotify();

  async function exportXlsx(filters: EntityFilterValues) {
    try {
      const name = filters.roster ? `${filters.roster}.xlsx` : '检查对象名录.xlsx';
      const result = await saveXlsx('导出检查对象名录', name, (path) => api.run('entities:export', { ...filterInput(filters), path }));
      if (result) notify.success(`已导出 ${formatCount(result.count)} 个市场主体`);
    } catch (err) {
      notify.error(err);
    }
  }

  async function template() {
    try {
      if (await downloadTemplate('entities')) notify.success('已下载导入模板：按模板填好后点击“导入名录”');
    } catch (err) {
      notify.error(err);
    }
  }

  return { exportXlsx, template };
}
