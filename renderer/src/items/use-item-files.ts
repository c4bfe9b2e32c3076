import { useState } from 'react';
import { api, files } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import type { ItemImportPreview } from './item-types.ts';

const XLSX = { name: 'Excel 工作簿', extensions: ['xlsx'] };
const EXCEL_ANY = { name: 'Excel 或 WPS 表格', extensions: ['xlsx', 'xls', 'et'] };
const PDF = { name: 'PDF 文件', extensions: ['pdf'] };

export interface PendingImport {
  path: string;
  /** The department the list is imported for: its rows without a 实施部门 become its items. '' = none chosen. */
  departmentId: number | '';
  preview: ItemImportPreview;
}

const forDepartment = (departmentId: number | '') => (departmentId === '' ? {} : { departmentId });

/** 导出 Excel, 打印清单 (PDF) and 从 Excel 导入 (preview first; applied only on confirmation). */
export function useItemFiles(onImported: () => void) {
  const notify = useNotify();
  const [pending, setPending] = useState<PendingImport | null>(null);

  async function exportXlsx() {
    try {
      const path = await files.pickSave({ title: '导出抽查事项清单', defaultName: '随机抽查事项清单.xlsx', filters: [XLSX] });
      if (!path) return;
      const result = await api.run('items:exportXlsx', { path });
      await files.deliver(result.path);
      notify.success(`已导出 ${result.count} 项`);
    } catch (err) {
      notify.error(err);
    }
  }

  async function exportPdf() {
    try {
      const path = await files.pickSave({ title: '打印抽查事项清单', defaultName: '随机抽查事项清单.pdf', filters: [PDF] });
      if (!path) return;
      const result = await api.run('items:exportPdf', { path });
      await files.open(result.path);
      notify.success(`已生成 PDF（${result.count} 项），可在打开的窗口中打印`);
    } catch (err) {
      notify.error(err);
    }
  }

  /** Called straight from the click: the browser opens its file chooser only inside the click. */
  function startImport() {
    files
      .pickOpen({ title: '选择要导入的抽查事项清单', filters: [EXCEL_ANY] })
      .then(async (path) => {
        if (!path) return;
        setPending({ path, departmentId: '', preview: await api.run('items:importPreview', { path }) });
      })
      .catch(notify.error);
  }

  /** The preview again, for the department chosen in the dialog. */
  async function previewFor(departmentId: number | ''): Promise<void> {
    if (!pending) return;
    const preview = await api.run('items:importPreview', { path: pending.path, ...forDepartment(departmentId) });
    setPending({ ...pending, departmentId, preview });
  }

  async function applyImport(): Promise<void> {
    if (!pending) return;
    const summary = await api.run('items:importApply', { path: pending.path, ...forDepartment(pending.departmentId) });
    setPending(null);
    onImported();
    const { counts } = summary;
    notify.success(`已导入：新增 ${counts.new} 项，更新 ${counts.updated} 项，恢复 ${counts.restored} 项，${counts.unchanged} 项不变`);
  }

  return { exportXlsx, exportPdf, startImport, pending, previewFor, applyImport, cancelImport: () => setPending(null) };
}
