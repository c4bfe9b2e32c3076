import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Item } from './item-types.ts';

const columns: GridColDef<Item>[] = [
  {
    field: 'seq',
    headerName: '序号',
    width: 84,
    align: 'center',
    headerAlign: 'center',
    renderCell: ({ row }) => (row.retired ? <Chip size="small" label="已停用" /> : row.seq),
  },
  { field: 'name', headerName: '抽查事项', flex: 1.2, minWidth: 220 },
  { field: 'target', headerName: '适用对象', flex: 1.1, minWidth: 180 },
  { field: 'departmentName', headerName: '实施部门', width: 150 },
  { field: 'category', headerName: '事项类别', width: 150 },
  { field: 'level', headerName: '一般/重点', width: 96, align: 'center', headerAlign: 'center' },
  {
    field: 'ratio',
    headerName: '抽查比例',
    width: 96,
    align: 'right',
    headerAlign: 'right',
    renderCell: ({ row }) => (row.ratio === null ? '—' : `${row.ratio}%`),
  },
];

interface ItemsGridProps {
  items: Item[];
  loading: boolean;
  onOpen: (item: Item) => void;
}

/** The item list table; a click (or Enter on a row) opens the item. Rows keep the core's order. */
export function ItemsGrid({ items, loading, onOpen }: ItemsGridProps) {
  return (
    <DataGrid
      rows={items}
      columns={columns}
      loading={loading}
      label="随机抽查事项清单"
      getRowHeight={() => 'auto'}
      getRowClassName={({ row }) => (row.retired ? 'item-retired' : '')}
      onRowClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      // A list of tens of items with wrapped text: render every row, so nothing jumps on scroll.
      disableVirtualization
      disableColumnSorting
      disableColumnMenu
      disableRowSelectionOnClick
      pageSizeOptions={[100]}
      hideFooter={items.length <= 100}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-cell': { py: 1, lineHeight: 1.6, whiteSpace: 'normal', display: 'flex', alignItems: 'center' },
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
        '& .item-retired': { color: 'text.disabled', bgcolor: 'action.hover' },
      }}
    />
  );
}
