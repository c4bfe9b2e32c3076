import Box from '@mui/material/Box';
import { DataGrid, type GridColDef, type GridColumnGroupingModel } from '@mui/x-data-grid';
import type { StatsCounts, StatsRate, StatsReport } from '../../../electron/api/types.ts';
import { gridText } from '../theme.ts';
import { disposalShort } from './stats-views.ts';

type Line = StatsCounts & { id: string; label: string; isTotal: boolean };

const TOTAL_ID = '__total';
const ROW_HEIGHT = 36;

function rateColumn(field: 'ratio' | 'completion' | 'closure', headerName: string, description: string): GridColDef<Line> {
  return {
    field,
    headerName,
    description,
    width: 82,
    align: 'right',
    headerAlign: 'right',
    valueGetter: (_v, row) => (row[field] as StatsRate).text,
  };
}

function countColumn(field: keyof StatsCounts, headerName: string, description?: string): GridColDef<Line> {
  return { field, headerName, description, type: 'number', width: 78 };
}

/**
 * One view of the statistics: the main counts and rates, the result codes under 检查结果 and the
 * 后续处置 under their group (完结数 and 完结率 beside 完成率), and the 合计 as the last line (sorting is off, so it stays there).
 * Only the result codes that occur are shown; the Excel lists them all.
 */
export function StatsGrid({ report, keyLabel, loading }: { report: StatsReport | null; keyLabel: string; loading: boolean }) {
  const codes = (report?.codes ?? []).filter((c) => (report?.total.byCode[c.code] ?? 0) > 0);
  const disposals = report?.disposals ?? [];
  const columns: GridColDef<Line>[] = [
    { field: 'label', headerName: keyLabel, minWidth: report?.by === 'month' || report?.by === 'class' ? 120 : 220, flex: 1 },
    countColumn('base', '抽查基数', '抽取时冻结的候选名单中的户数'),
    rateColumn('ratio', '抽查比例', '抽查户数 ÷ 抽查基数'),
    countColumn('drawn', '抽查户数'),
    countColumn('entered', '已录入'),
    countColumn('published', '已公示'),
    rateColumn('completion', '完成率', '已公示 ÷ 抽查户数'),
    // Before the code and 后续处置 groups (the Excel has them last), so every rate is in view at 1366 px.
    countColumn('closed', '完结数', '已公示中后续处置已完结的户数'),
    rateColumn('closure', '完结率', '完结数 ÷ 已公示'),
    ...codes.map((c): GridColDef<Line> => ({
      field: `code:${c.code}`,
      headerName: c.code,
      description: `${c.code} ${c.label}`,
      type: 'number',
      width: 56,
      valueGetter: (_v, row) => row.byCode[c.code] ?? 0,
    })),
    ...disposals.map((d): GridColDef<Line> => ({
      field: `disposal:${d}`,
      headerName: disposalShort(d),
      description: d,
      type: 'number',
      width: 104,
      valueGetter: (_v, row) => row.byDisposal[d] ?? 0,
    })),
  ];
  const groups: GridColumnGroupingModel = [
    ...(codes.length
      ? [{ groupId: '检查结果', headerAlign: 'center' as const, children: codes.map((c) => ({ field: `code:${c.code}` })) }]
      : []),
    { groupId: '后续处置', headerAlign: 'center', children: disposals.map((d) => ({ field: `disposal:${d}` })) },
  ];
  const rows: Line[] = report
    ? [
        ...report.rows.map((r) => ({ ...r, id: r.key || '（空）', isTotal: false })),
        ...(report.rows.length ? [{ ...report.total, id: TOTAL_ID, label: '合计', isTotal: true }] : []),
      ]
    : [];
  return (
    <Box>
      <DataGrid
        rows={rows}
        columns={columns}
        columnGroupingModel={groups}
        loading={loading}
        label={`按${keyLabel}统计`}
        density="compact"
        rowHeight={ROW_HEIGHT}
        columnHeaderHeight={44}
        // A statistics table has tens of lines, not thousands: every column rendered, so a wide table scrolls whole.
        disableVirtualization
        disableColumnMenu
        disableColumnSorting
        disableRowSelectionOnClick
        hideFooter
        autoHeight
        getRowClassName={({ row }) => (row.isTotal ? 'stats-total' : '')}
        localeText={gridText({ noRowsLabel: '还没有有效的抽取，暂无统计。' })}
        sx={{
          bgcolor: 'background.paper',
          '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
          '& .stats-total': { fontWeight: 700, bgcolor: 'action.hover' },
        }}
      />
    </Box>
  );
}
