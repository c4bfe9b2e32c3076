import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridApi, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import type { RefObject } from 'react';
import { gridText } from '../theme.ts';
import { DepartmentsCell } from './DepartmentsCell.tsx';
import { ResultStatusChip } from './ResultStatusChip.tsx';
import type { DepartmentResult, TaskResultRow } from './result-types.ts';
import type { useResultCodes } from './use-result-codes.ts';

interface ResultsGridProps {
  /** Lets the page give the keyboard focus back to a row when the side form closes. */
  apiRef: RefObject<GridApi | null>;
  rows: TaskResultRow[];
  loading: boolean;
  codes: ReturnType<typeof useResultCodes>;
  selection: GridRowSelectionModel;
  onSelection: (model: GridRowSelectionModel) => void;
  /** The row being edited beside the grid (fewer columns are shown then). */
  editing: number | null;
  onOpen: (row: TaskResultRow) => void;
  /** A joint task: every department's part of each entity (by entity), shown in 各部门 with 合并查看. */
  combined?: Map<number, DepartmentResult[]> | undefined;
  onCombined?: ((row: TaskResultRow) => void) | undefined;
}

function departmentsColumn(combined: Map<number, DepartmentResult[]>, onCombined: (row: TaskResultRow) => void): GridColDef<TaskResultRow> {
  return {
    field: 'departments',
    headerName: '各部门',
    width: 200,
    renderCell: ({ row }) => <DepartmentsCell row={row} parts={combined.get(row.entityId) ?? []} onOpen={() => onCombined(row)} />,
  };
}

function columnsFor(
  codes: ResultsGridProps['codes'],
  combined: ResultsGridProps['combined'],
  onCombined: ResultsGridProps['onCombined'],
): GridColDef<TaskResultRow>[] {
  const result = (row: TaskResultRow) => row.result;
  const joint = combined && onCombined ? [departmentsColumn(combined, onCombined)] : [];
  return [
    { field: 'position', headerName: '序号', width: 60, align: 'center', headerAlign: 'center' },
    { field: 'name', headerName: '名称', flex: 1, minWidth: 160, renderCell: ({ row }) => <CellText text={row.name} /> },
    {
      field: 'code',
      headerName: '统一社会信用代码',
      width: 176,
      renderCell: ({ row }) => (
        <Box component="span" sx={{ fontFamily: 'Consolas, monospace' }}>
          {row.code}
        </Box>
      ),
    },
    {
      field: 'team',
      headerName: '检查组',
      width: 120,
      renderCell: ({ row }) => <CellText text={row.team.map((t) => t.name).join('、')} />,
    },
    {
      field: 'codes',
      headerName: '检查结果',
      flex: 1,
      minWidth: 150,
      renderCell: ({ row }) =>
        result(row) ? (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {result(row)!.codes.map((c, i) => (
              <Chip key={i} size="small" label={codes.describe(c)} color={codes.problem(c) ? 'warning' : 'success'} variant="outlined" />
            ))}
          </Box>
        ) : (
          <Box component="span" sx={{ color: 'text.disabled' }}>
            未录入
          </Box>
        ),
    },
    { field: 'status', headerName: '状态', width: 96, renderCell: ({ row }) => <ResultStatusChip row={row} /> },
    ...joint,
    { field: 'enteredBy', headerName: '录入员', width: 84, renderCell: ({ row }) => <CellText text={result(row)?.enteredBy ?? ''} /> },
    { field: 'reviewedBy', headerName: '审核员', width: 84, renderCell: ({ row }) => <CellText text={result(row)?.reviewedBy ?? ''} /> },
    {
      field: 'methods',
      headerName: '核查方式',
      width: 110,
      renderCell: ({ row }) => <CellText text={result(row)?.methods.join('、') ?? ''} />,
    },
    { field: 'disposal', headerName: '后续处置', width: 120, renderCell: ({ row }) => <CellText text={result(row)?.disposal ?? ''} /> },
    { field: 'inspectedOn', headerName: '检查日期', width: 100, renderCell: ({ row }) => result(row)?.inspectedOn ?? '' },
    {
      field: 'findings',
      headerName: '发现问题',
      flex: 0.8,
      minWidth: 110,
      renderCell: ({ row }) => <CellText text={result(row)?.findings ?? ''} />,
    },
  ];
}

const COMPACT = { code: false, methods: false, disposal: false, findings: false, enteredBy: false, reviewedBy: false };

/** The drawn entities, their results and where each stands; tick rows for 批量设置 or 审核, Enter or a click edits one. */
export function ResultsGrid(props: ResultsGridProps) {
  const { apiRef, rows, loading, codes, selection, onSelection, editing, onOpen, combined, onCombined } = props;
  return (
    <DataGrid
      apiRef={apiRef}
      rows={rows}
      columns={columnsFor(codes, combined, onCombined)}
      getRowId={(row) => row.entityId}
      loading={loading}
      label="检查结果"
      density="compact"
      checkboxSelection
      disableRowSelectionOnClick
      rowSelectionModel={selection}
      onRowSelectionModelChange={onSelection}
      columnVisibilityModel={editing !== null ? COMPACT : {}}
      getRowClassName={({ row }) => (row.entityId === editing ? 'row-editing' : row.result ? 'row-entered' : '')}
      onRowClick={({ row }, event) => {
        if (!(event.target as HTMLElement).closest('.MuiDataGrid-cellCheckbox')) onOpen(row);
      }}
      onCellKeyDown={({ row, field }, event) => {
        if (event.key === 'Enter' && field !== '__check__') {
          event.preventDefault();
          onOpen(row);
        }
      }}
      disableColumnMenu
      disableColumnSorting
      pageSizeOptions={[100]}
      hideFooter={rows.length <= 100}
      localeText={gridText({ noRowsLabel: '该任务还没有有效的抽取结果' })}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
        '& .row-editing': { bgcolor: 'rgba(31, 95, 168, 0.12)', '&:hover': { bgcolor: 'rgba(31, 95, 168, 0.16)' } },
      }}
    />
  );
}

/** A cell's text cut with “…” where the column ends; the whole text shows on hover. */
function CellText({ text }: { text: string }) {
  return (
    <Box component="span" title={text} sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
      {text}
    </Box>
  );
}
