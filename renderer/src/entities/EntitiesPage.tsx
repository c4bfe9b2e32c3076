import { useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { formatCount } from '../common/format-time.ts';
import { useNotify } from '../common/notify.tsx';
import { useVocabulary } from '../common/use-vocabulary.ts';
import { ImportWizard } from '../import/ImportWizard.tsx';
import { RosterManagerDialog } from '../rosters/RosterManagerDialog.tsx';
import { EntitiesGrid } from './EntitiesGrid.tsx';
import { EntitiesToolbar } from './EntitiesToolbar.tsx';
import { EntityDetailPanel } from './EntityDetailPanel.tsx';
import { EntityFilters } from './EntityFilters.tsx';
import { EntityFormDialog } from './EntityFormDialog.tsx';
import { NO_FILTERS, type EntityFilterValues } from './entity-options.ts';
import type { Entity } from './entity-types.ts';
import { useEntityDetail } from './use-entity-detail.ts';
import { useEntityFacets } from './use-entity-facets.ts';
import { useEntityFiles } from './use-entity-files.ts';
import { useEntityQuery, type PageModel } from './use-entity-query.ts';

type OpenDialog = { form: Entity | null } | 'import' | 'rosters' | null;

/** 检查对象名录库: the roster of market entities, searched and filtered on the host, page by page. */
export function EntitiesPage() {
  const notify = useNotify();
  const vocabulary = useVocabulary();
  const [filters, setFilters] = useState<EntityFilterValues>(NO_FILTERS);
  const [pageModel, setPageModel] = useState<PageModel>({ page: 0, pageSize: 50 });
  // Bumped after anything that changes the roster, so the list, filters and detail ask again.
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Entity | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const list = useEntityQuery(filters, pageModel, version);
  const facets = useEntityFacets(version);
  const detail = useEntityDetail(selected?.id ?? null, version);
  const fileActions = useEntityFiles();
  const filtered = Object.values(filters).some((v) => v.trim());

  const changeFilters = (change: Partial<EntityFilterValues>) => {
    setFilters((f) => ({ ...f, ...change }));
    setPageModel((m) => ({ ...m, page: 0 }));
  };
  const refresh = () => setVersion((v) => v + 1);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1.5 }}>
        <Typography variant="h5" component="h1">
          检查对象名录库
        </Typography>
        <Typography color="text.secondary" data-testid="entity-count">
          {`${filtered ? '找到' : '共'} ${formatCount(list.total)} 个市场主体`}
        </Typography>
      </Box>
      <EntitiesToolbar
        search={filters.search}
        onSearch={(search) => changeFilters({ search })}
        onImport={() => setDialog('import')}
        onAdd={() => setDialog({ form: null })}
        onExport={() => fileActions.exportXlsx(filters)}
        onTemplate={fileActions.template}
        onRosters={() => setDialog('rosters')}
      />
      <EntityFilters
        values={filters}
        facets={facets}
        onChange={(key, value) => changeFilters({ [key]: value })}
        onClear={() => changeFilters({ ...NO_FILTERS, search: filters.search })}
      />
      {list.error && (
        <Box sx={{ mb: 1.5 }}>
          <ErrorAlert error={list.error} />
        </Box>
      )}
      <Box sx={{ flex: 1, minHeight: 280 }}>
        <EntitiesGrid
          rows={list.rows}
          total={list.total}
          loading={list.loading}
          pageModel={pageModel}
          onPageModel={setPageModel}
          onOpen={setSelected}
          emptyText={filtered ? '没有符合条件的市场主体' : '名录库中还没有市场主体。请点击“导入名录”从 Excel 导入，或点击“新增”逐个录入。'}
        />
      </Box>
      <EntityDetailPanel
        entity={selected}
        detail={detail.detail}
        error={detail.error}
        onClose={() => setSelected(null)}
        onEdit={(entity) => setDialog({ form: entity })}
      />
      {dialog === 'import' && (
        <ImportWizard kind="entities" rosters={facets.rosters} onClose={() => setDialog(null)} onImported={refresh} />
      )}
      {dialog === 'rosters' && <RosterManagerDialog onClose={() => setDialog(null)} onChanged={refresh} />}
      {dialog !== null && typeof dialog === 'object' && (
        <EntityFormDialog
          entity={dialog.form}
          defaultRosters={[filters.roster || vocabulary.defaultRoster]}
          facets={facets}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setSelected(saved.entity);
            refresh();
            notify.success(dialog.form ? `已保存“${saved.entity.name}”` : `已新增“${saved.entity.name}”`);
          }}
        />
      )}
    </Box>
  );
}
