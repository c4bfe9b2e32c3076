import { useState } from 'react';
import { useCall } from '../common/use-call.ts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { ImportWizard } from '../import/ImportWizard.tsx';
import { InspectorDetailPanel } from './InspectorDetailPanel.tsx';
import { InspectorFormDialog } from './InspectorFormDialog.tsx';
import { InspectorsGrid } from './InspectorsGrid.tsx';
import { InspectorsToolbar } from './InspectorsToolbar.tsx';
import { DRAWN_STATUS, NOT_DRAWN_MARK } from './inspector-options.ts';
import type { Inspector } from './inspector-types.ts';
import { useInspectorFiles } from './use-inspector-files.ts';
import { useInspectorList } from './use-inspector-list.ts';

type OpenDialog = { form: Inspector | null } | { import: 'inspectors' | 'conflicts' } | null;

/** 执法人员名录库: inspectors, their 执法证 (expiring ones highlighted) and their 回避. */
export function InspectorsPage() {
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [version, setVersion] = useState(0);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const list = useInspectorList(search, tag, departmentId, version);
  const tags = useCall('inspectors:tags', {}, version).data ?? [];
  const fileActions = useInspectorFiles();
  const refresh = () => setVersion((v) => v + 1);
  const selected = list.inspectors.find((i) => i.id === selectedId) ?? null;
  const expiring = list.inspectors.filter((i) => i.certState === 'expiring').length;
  const expired = list.inspectors.filter((i) => i.certState === 'expired').length;
  const undated = list.inspectors.filter((i) => i.certState === 'unknown').length;
  const units = [...new Set(list.inspectors.map((i) => i.unit).filter(Boolean))];
  const notDrawn = list.inspectors.filter((i) => i.status !== DRAWN_STATUS).length;
  const narrowed = Boolean(search.trim() || tag || departmentId !== '');

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1.5 }}>
        <Typography variant="h5" component="h1">
          执法人员名录库
        </Typography>
        <Typography color="text.secondary" data-testid="inspector-count">
          {`${narrowed ? '找到' : '共'} ${list.inspectors.length} 人`}
        </Typography>
        {notDrawn > 0 && (
          <Typography color="text.secondary">
            {notDrawn} 人不在岗（{NOT_DRAWN_MARK}）
          </Typography>
        )}
        {expiring > 0 && <Typography sx={{ color: 'warning.dark' }}>{expiring} 人执法证 30 天内到期</Typography>}
        {expired > 0 && <Typography color="error">{expired} 人执法证已过期（不会被抽取）</Typography>}
        {undated > 0 && (
          <Typography sx={{ color: 'warning.dark' }} data-testid="inspector-undated">
            {undated} 人未填执法证有效期（不会被抽取）
          </Typography>
        )}
      </Box>
      <InspectorsToolbar
        search={search}
        onSearch={setSearch}
        tags={tags}
        tag={tag}
        onTag={setTag}
        departmentId={departmentId}
        onDepartment={setDepartmentId}
        onImport={() => setDialog({ import: 'inspectors' })}
        onImportConflicts={() => setDialog({ import: 'conflicts' })}
        onAdd={() => setDialog({ form: null })}
        onExport={() => fileActions.exportXlsx(search, tag, departmentId)}
        onTemplate={fileActions.template}
      />
      {list.error && (
        <Box sx={{ mb: 1.5 }}>
          <ErrorAlert error={list.error} />
        </Box>
      )}
      <Box sx={{ flex: 1, minHeight: 240 }}>
        <InspectorsGrid
          inspectors={list.inspectors}
          loading={list.loading}
          onOpen={(i) => setSelectedId(i.id)}
          emptyText={narrowed ? '没有找到符合条件的人员' : '还没有执法检查人员。请点击“导入人员”从 Excel 导入，或点击“新增”。'}
        />
      </Box>
      <InspectorDetailPanel
        inspector={selected}
        version={version}
        onClose={() => setSelectedId(null)}
        onEdit={(inspector) => setDialog({ form: inspector })}
        onConflictsChanged={refresh}
      />
      {dialog && 'import' in dialog && <ImportWizard kind={dialog.import} onClose={() => setDialog(null)} onImported={refresh} />}
      {dialog && 'form' in dialog && (
        <InspectorFormDialog
          inspector={dialog.form}
          units={units}
          tags={tags}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setSelectedId(saved.id);
            refresh();
            notify.success(dialog.form ? `已保存“${saved.name}”` : `已新增“${saved.name}”`);
          }}
        />
      )}
    </Box>
  );
}
