import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { gridText } from '../theme.ts';
import { PUBLICATION_COLORS, TASK_STATE_COLORS } from './task-marks.ts';
import type { PublicationRow, Task } from './task-types.ts';

export interface TaskRow extends Task {
  publication: PublicationRow | null;
}

function Progress({ task }: { task: Task }) {
  if (task.liveDrawId === null)
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        —
      </Box>
    );
  const value = task.selectedCount ? (task.resultCount / task.selectedCount) * 100 : 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: '100%' }}>
      <Box component="span" sx={{ whiteSpace: 'nowrap', minWidth: 44 }}>
        {task.resultCount} / {task.selectedCount}
      </Box>
      <LinearProgress variant="determinate" value={value} sx={{ flex: 1, height: 6, borderRadius: 3 }} aria-hidden />
    </Box>
  );
}

function PublicationCell({ row }: { row: PublicationRow | null }) {
  if (!row)
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        —
      </Box>
    );
  const when = row.state === '已公示' ? row.publishedOn : row.deadline ? `截止 ${row.deadline}` : '';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Chip size="small" label={row.state} color={PUBLICATION_COLORS[row.state]} variant={row.state === '待检查' ? 'outlined' : 'filled'} />
      <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.85em' }}>
        {when}
      </Box>
    </Box>
  );
}

const columns: GridColDef<TaskRow>[] = [
  {
    field: 'code',
    headerName: '编号',
    width: 96,
    renderCell: ({ row }) => (
      <Box component="span" sx={{ fontFamily: 'Consolas, monospace' }}>
        {row.code}
      </Box>
    ),
  },
  {
    field: 'name',
    headerName: '任务名称',
    flex: 1.2,
    minWidth: 200,
    // The provincial platform marks tasks 本部门/跨部门; the list marks the joint ones.
    renderCell: ({ row }) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0, height: '100%' }}>
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {row.name}
        </Box>
        {row.joint && <Chip size="small" variant="outlined" color="secondary" label="跨部门" data-testid="task-joint" />}
      </Box>
    ),
  },
  { field: 'items', headerName: '抽查事项', flex: 1.2, minWidth: 180, renderCell: ({ row }) => row.items.map((i) => i.name).join('、') },
  {
    field: 'state',
    headerName: '状态',
    width: 92,
    renderCell: ({ row }) => <Chip size="small" label={row.state} color={TASK_STATE_COLORS[row.state]} />,
  },
  { field: 'progress', headerName: '结果录入', width: 150, renderCell: ({ row }) => <Progress task={row} /> },
  { field: 'publication', headerName: '公示', width: 190, renderCell: ({ row }) => <PublicationCell row={row.publication} /> },
];

interface TasksGridProps {
  rows: TaskRow[];
  loading: boolean;
  onOpen: (task: Task) => void;
}

/** The tasks, newest first; a click (or Enter) opens one. */
export function TasksGrid({ rows, loading, onOpen }: TasksGridProps) {
  return (
    <DataGrid
      rows={rows}
      columns={columns}
      loading={loading}
      label="抽查任务"
      density="compact"
      rowHeight={44}
      onRowClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      disableColumnMenu
      disableColumnSorting
      disableRowSelectionOnClick
      pageSizeOptions={[100]}
      hideFooter={rows.length <= 100}
      localeText={gridText({ noRowsLabel: '还没有抽查任务。点击“新建任务”开始。' })}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
      }}
    />
  );
}
