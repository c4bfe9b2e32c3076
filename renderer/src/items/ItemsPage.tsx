import { useEffect, useRef, useState, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { DeleteItemDialog } from './DeleteItemDialog.tsx';
import { ImportPreviewDialog } from './ImportPreviewDialog.tsx';
import { ItemDetailPanel } from './ItemDetailPanel.tsx';
import { ItemFormDialog } from './ItemFormDialog.tsx';
import { ItemsGrid } from './ItemsGrid.tsx';
import { ItemsToolbar } from './ItemsToolbar.tsx';
import type { Item } from './item-types.ts';
import { useItemActions } from './use-item-actions.ts';
import { useItemFiles } from './use-item-files.ts';
import { useItemList } from './use-item-list.ts';

type FormState = { item: Item | null } | null;

/** 事项清单: the list, its search, the item in detail, and the forms and dialogs around it. */
export function ItemsPage() {
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [includeRetired, setIncludeRetired] = useState(false);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const list = useItemList(search, includeRetired, departmentId);
  const [selected, setSelected] = useState<Item | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [deleting, setDeleting] = useState<Item | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileActions = useItemFiles(list.reload);

  const changed = (item: Item) => {
    setSelected(item);
    list.reload();
  };
  const actions = useItemActions(changed);
  const seqs = list.items.map((i) => i.seq ?? 0);
  const lastSeq = search.trim() === '' && departmentId === '' && seqs.length ? Math.max(...seqs) : null;

  useCtrlF(searchRef);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1.5 }}>
        <Typography variant="h5" component="h1">
          随机抽查事项清单
        </Typography>
        <Typography color="text.secondary" data-testid="item-count">
          {countText(list.items, search.trim() !== '' || departmentId !== '')}
        </Typography>
      </Box>
      <ItemsToolbar
        search={search}
        onSearch={setSearch}
        searchRef={searchRef}
        includeRetired={includeRetired}
        onIncludeRetired={setIncludeRetired}
        departmentId={departmentId}
        onDepartment={setDepartmentId}
        onAdd={() => setForm({ item: null })}
        onExportXlsx={fileActions.exportXlsx}
        onExportPdf={fileActions.exportPdf}
        onImport={fileActions.startImport}
      />
      {list.error && (
        <Box sx={{ mb: 1.5 }}>
          <ErrorAlert error={list.error} />
        </Box>
      )}
      <Box sx={{ flex: 1, minHeight: 240 }}>
        <ItemsGrid items={list.items} loading={list.loading} onOpen={setSelected} />
      </Box>
      <ItemDetailPanel
        item={selected}
        lastSeq={lastSeq}
        onClose={() => setSelected(null)}
        onEdit={(item) => setForm({ item })}
        onMove={actions.moveTo}
        onRetire={actions.retire}
        onRestore={actions.restore}
        onDelete={setDeleting}
      />
      {form && (
        <ItemFormDialog
          item={form.item}
          onClose={() => setForm(null)}
          onSaved={(item) => {
            setForm(null);
            changed(item);
            notify.success(form.item ? `已保存“${item.name}”` : `已新增“${item.name}”，序号 ${item.seq}`);
          }}
        />
      )}
      {deleting && (
        <DeleteItemDialog
          item={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(item) => {
            setDeleting(null);
            setSelected(null);
            list.reload();
            notify.success(`已删除“${item.name}”`);
          }}
        />
      )}
      {fileActions.pending && (
        <ImportPreviewDialog
          pending={fileActions.pending}
          onDepartment={fileActions.previewFor}
          onApply={fileActions.applyImport}
          onCancel={fileActions.cancelImport}
        />
      )}
    </Box>
  );
}

/** 共 14 项 / 找到 3 项, and how many of them are retired when those are shown (listed last). */
function countText(items: Item[], searching: boolean): string {
  const retired = items.filter((i) => i.retired).length;
  const active = items.length - retired;
  return `${searching ? '找到' : '共'} ${active} 项${retired ? `，另有已停用 ${retired} 项（列在最后）` : ''}`;
}

/** Ctrl+F jumps to the search box instead of the browser's own find bar. */
function useCtrlF(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f' && input.current) {
        e.preventDefault();
        input.current.focus();
        input.current.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
