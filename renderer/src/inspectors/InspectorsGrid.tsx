import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { gridText } from '../theme.ts';
import { CertExpiry } from './CertExpiry.tsx';
import type { Inspector } from './inspector-types.ts';

const columns: GridColDef<Inspector>[] = [
  { field: 'name', headerName: '姓名', width: 110 },
  { field: 'certNo', headerName: '执法证号', width: 150 },
  { field: 'certExpiry', headerName: '证件有效期', width: 210, renderCell: ({ row }) => <CertExpiry inspector={row} /> },
  { field: 'unit', headerName: '所属科室/所', flex: 1, minWidth: 140 },
  { field: 'fields', headerName: '执法领域', flex: 1.4, minWidth: 200, renderCell: ({ row }) => row.fields.join('、') || '—' },
  { field: 'status', headerName: '状态', width: 80 },
  {
    field: 'conflictCount',
    headerName: '回避',
    width: 72,
    align: 'center',
    headerAlign: 'center',
    renderCell: ({ row }) => (row.conflictCount ? row.conflictCount : ''),
  },
];

interface InspectorsGridProps {
  inspectors: Inspector[];
  loading: boolean;
  onOpen: (inspector: Inspector) => void;
  emptyText: string;
}

/** The inspectors; a row whose 执法证 expires within 30 days is amber, an expired one red. */
export function InspectorsGrid({ inspectors, loading, onOpen, emptyText }: InspectorsGridProps) {
  return (
    <DataGrid
      rows={inspectors}
      columns={columns}
      loading={loading}
      label="执法检查人员名录"
      density="compact"
      getRowClassName={({ row }) => `cert-${row.certState}${row.status === '停用' ? ' inspector-retired' : ''}`}
      onRowClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      disableColumnMenu
      disableRowSelectionOnClick
      pageSizeOptions={[100]}
      hideFooter={inspectors.length <= 100}
      localeText={gridText({ noRowsLabel: emptyText })}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
        '& .cert-expiring': { bgcolor: '#fff4e0', '&:hover': { bgcolor: '#ffe9c2' } },
        '& .cert-expired': { bgcolor: '#fdecea', '&:hover': { bgcolor: '#fbd9d5' } },
        '& .inspector-retired': { color: 'text.disabled' },
      }}
    />
  );
}
