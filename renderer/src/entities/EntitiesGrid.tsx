import Tooltip from '@mui/material/Tooltip';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { gridText } from '../theme.ts';
import { RegStatusChip } from './RegStatusChip.tsx';
import type { Entity } from './entity-types.ts';
import type { PageModel } from './use-entity-query.ts';

const columns: GridColDef<Entity>[] = [
  {
    field: 'code',
    headerName: '统一社会信用代码',
    width: 196,
    renderCell: ({ row }) => (
      <span style={{ fontFamily: 'Consolas, "Courier New", monospace', display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        {row.code}
        {row.codeFlagged && (
          <Tooltip title="校验位不符，已按早期试点代码接受">
            <WarningAmberIcon fontSize="inherit" color="warning" aria-label="校验位不符" />
          </Tooltip>
        )}
      </span>
    ),
  },
  { field: 'name', headerName: '名称', flex: 1.4, minWidth: 200 },
  { field: 'legalRep', headerName: '法定代表人', width: 100 },
  { field: 'address', headerName: '住所', flex: 1, minWidth: 140 },
  { field: 'area', headerName: '所属区域', width: 96 },
  { field: 'regAuthority', headerName: '登记机关', width: 180 },
  { field: 'jurisdiction', headerName: '管辖单位', width: 130 },
  { field: 'entityType', headerName: '主体类型', width: 112 },
  { field: 'regStatus', headerName: '登记状态', width: 88, renderCell: ({ row }) => <RegStatusChip status={row.regStatus} /> },
  {
    field: 'riskClass',
    headerName: '信用风险分类',
    width: 104,
    align: 'center',
    headerAlign: 'center',
    renderCell: ({ row }) => row.riskClass ?? <span style={{ color: '#9e9e9e' }}>未分类</span>,
  },
  { field: 'rosters', headerName: '所属名录', flex: 0.8, minWidth: 120, renderCell: ({ row }) => row.rosters.join('、') },
];

/**
 * The grid already fills 1366 px, and 登记机关 is nearly the same for a whole county's roster:
 * these two start hidden; a header's menu (管理列) shows them, and the detail panel always does.
 */
const HIDDEN_AT_FIRST = { columns: { columnVisibilityModel: { regAuthority: false, jurisdiction: false } } };

interface EntitiesGridProps {
  rows: Entity[];
  total: number;
  loading: boolean;
  pageModel: PageModel;
  onPageModel: (model: PageModel) => void;
  onOpen: (entity: Entity) => void;
  /** What an empty table says: nothing imported yet, or nothing matches. */
  emptyText: string;
}

/** The roster, one page at a time from the core (200,000 rows never come to the screen at once). */
export function EntitiesGrid({ rows, total, loading, pageModel, onPageModel, onOpen, emptyText }: EntitiesGridProps) {
  return (
    <DataGrid
      rows={rows}
      columns={columns}
      initialState={HIDDEN_AT_FIRST}
      rowCount={total}
      loading={loading}
      label="检查对象名录"
      paginationMode="server"
      paginationModel={pageModel}
      onPaginationModelChange={onPageModel}
      pageSizeOptions={[50, 100]}
      density="compact"
      onRowClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      disableColumnSorting
      disableColumnFilter
      disableRowSelectionOnClick
      localeText={gridText({ noRowsLabel: emptyText })}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
      }}
    />
  );
}
