import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { gridText } from '../theme.ts';
import { CertExpiry } from './CertExpiry.tsx';
import { DRAWN_STATUS, NOT_DRAWN_MARK, TAGS_LABEL } from './inspector-options.ts';
import type { Inspector } from './inspector-types.ts';
import { TagChips } from './TagChips.tsx';

/** 状态, with 不参与抽取 beside every status but 在岗. */
function StatusCell({ inspector }: { inspector: Inspector }) {
  if (inspector.status === DRAWN_STATUS) return <span>{inspector.status}</span>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      <span>{inspector.status}</span>
      <Chip size="small" label={NOT_DRAWN_MARK} data-not-drawn="" sx={{ color: 'text.secondary' }} />
    </Box>
  );
}

const columns: GridColDef<Inspector>[] = [
  { field: 'name', headerName: '姓名', width: 100 },
  { field: 'certNo', headerName: '执法证号', width: 130 },
  { field: 'certExpiry', headerName: '证件有效期', width: 200, renderCell: ({ row }) => <CertExpiry inspector={row} /> },
  { field: 'departmentName', headerName: '所属部门', flex: 0.8, minWidth: 130 },
  { field: 'unit', headerName: '所属科室/所', flex: 0.8, minWidth: 130 },
  {
    field: 'tags',
    headerName: TAGS_LABEL,
    flex: 1.6,
    minWidth: 220,
    sortable: false,
    renderCell: ({ row }) => <TagChips tags={row.tags} max={3} wrap={false} />,
  },
  { field: 'status', headerName: '状态', width: 150, renderCell: ({ row }) => <StatusCell inspector={row} /> },
  {
    field: 'conflictCount',
    headerName: '回避',
    width: 64,
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

/**
 * The inspectors; a row whose 执法证 expires within 30 days is amber, an expired one red, and one
 * whose status keeps him out of the draw is greyed and marked 不参与抽取.
 */
export function InspectorsGrid({ inspectors, loading, onOpen, emptyText }: InspectorsGridProps) {
  return (
    <DataGrid
      rows={inspectors}
      columns={columns}
      loading={loading}
      label="执法检查人员名录"
      density="compact"
      getRowClassName={({ row }) => `cert-${row.certState}${row.status === DRAWN_STATUS ? '' : ' inspector-not-drawn'}`}
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
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center', overflow: 'hidden' },
        '& .cert-expiring': { bgcolor: '#fff4e0', '&:hover': { bgcolor: '#ffe9c2' } },
        '& .cert-expired': { bgcolor: '#fdecea', '&:hover': { bgcolor: '#fbd9d5' } },
        '& .inspector-not-drawn': { color: 'text.secondary' },
        '& .inspector-not-drawn .MuiChip-outlined': { opacity: 0.6 },
      }}
    />
  );
}
