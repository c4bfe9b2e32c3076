import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import type { StatsRate, StatsReport } from '../../../electron/api/types.ts';

const CHART_HEIGHT = 210;
/** Twelve clearly different colours, so neighbouring codes in a stack never share one. */
const CODE_COLORS = [
  '#2e7d32',
  '#1565c0',
  '#ef6c00',
  '#c62828',
  '#6a1b9a',
  '#00838f',
  '#f9a825',
  '#ad1457',
  '#4e342e',
  '#546e7a',
  '#9e9d24',
  '#283593',
];
const LOCALE = { noData: '暂无数据', loading: '正在加载…' };

/** The rate as a percent number for a chart, null where it has nothing to divide by (a gap, not a 0). */
function percent(rate: StatsRate): number | null {
  return rate.den === 0 ? null : (rate.num / rate.den) * 100;
}

/** Short names for the axis: a task by its 编号, a long name cut to ten characters. */
function axisName(by: StatsReport['by'], key: string, label: string): string {
  if (by === 'task') return key;
  return label.length > 10 ? `${label.slice(0, 9)}…` : label;
}

function shortLabel(code: string, label: string): string {
  return `${code} ${label.length > 5 ? `${label.slice(0, 4)}…` : label}`;
}

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ flex: 1, minWidth: 0, p: 1.5, pb: 0.5 }}>
      <Typography variant="subtitle2" component="h2">
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** 检查结果 by line of the current view: one stacked bar per line, one colour per result code that occurs. */
export function CodeBars({ report }: { report: StatsReport | null }) {
  const codes = (report?.codes ?? []).filter((c) => (report?.total.byCode[c.code] ?? 0) > 0);
  const rows = report?.rows ?? [];
  const names = rows.map((r) => axisName(report!.by, r.key, r.label));
  return (
    <ChartCard title="各检查结果户数">
      <Box role="img" aria-label="各检查结果户数柱状图">
        <BarChart
          height={CHART_HEIGHT}
          localeText={LOCALE}
          xAxis={[
            {
              scaleType: 'band',
              data: names,
              height: 34,
              valueFormatter: (v: string, ctx) => (ctx.location === 'tooltip' ? (rows[names.indexOf(v)]?.label ?? v) : v),
            },
          ]}
          yAxis={[{ tickMinStep: 1, width: 36 }]}
          series={codes.map((c, i) => ({
            id: c.code,
            // The legend names a code short (eight codes fit on two lines); the tooltip in full.
            label: (where: 'legend' | 'tooltip') => (where === 'legend' ? shortLabel(c.code, c.label) : `${c.code} ${c.label}`),
            stack: 'codes',
            color: CODE_COLORS[i % CODE_COLORS.length],
            data: rows.map((r) => r.byCode[c.code] ?? 0),
          }))}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top', horizontal: 'center' } } }}
          margin={{ left: 4, right: 8, top: 16, bottom: 4 }}
        />
      </Box>
    </ChartCard>
  );
}

/** 完成率 and 完结率 month by month (the month of the draw). */
export function CompletionLine({ months }: { months: StatsReport | null }) {
  const rows = months?.rows ?? [];
  const fmt = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
  return (
    <ChartCard title="按月完成率与完结率">
      <Box role="img" aria-label="按月完成率与完结率折线图">
        <LineChart
          height={CHART_HEIGHT}
          localeText={LOCALE}
          xAxis={[{ scaleType: 'point', data: rows.map((r) => r.label), height: 34 }]}
          yAxis={[{ min: 0, max: 100, valueFormatter: (v: number) => `${v}%`, width: 44 }]}
          series={[
            {
              id: 'completion',
              curve: 'linear',
              // Marks: one month alone is a point, which a line without marks does not draw.
              showMark: true,
              label: '完成率（已公示 ÷ 户数）',
              data: rows.map((r) => percent(r.completion)),
              valueFormatter: fmt,
            },
            {
              id: 'closure',
              curve: 'linear',
              showMark: true,
              label: '完结率（完结 ÷ 已公示）',
              data: rows.map((r) => percent(r.closure)),
              valueFormatter: fmt,
            },
          ]}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top', horizontal: 'center' } } }}
          margin={{ left: 4, right: 40, top: 16, bottom: 4 }}
        />
      </Box>
    </ChartCard>
  );
}
