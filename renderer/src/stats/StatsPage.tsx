import { useState } from 'react';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { StatsBy } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { saveXlsx } from '../common/save-xlsx.ts';
import { useCall } from '../common/use-call.ts';
import { CodeBars, CompletionLine } from './StatsCharts.tsx';
import { StatsGrid } from './StatsGrid.tsx';
import { VIEWS } from './stats-views.ts';

/** 抽查工作情况统计: one view at a time as a table, with the result codes as bars and completion by month as a line. */
export function StatsPage() {
  const notify = useNotify();
  const [year, setYear] = useState<number | ''>('');
  const [by, setBy] = useState<StatsBy>('task');
  const tasks = useCall('tasks:list', {});
  const ofYear = year === '' ? {} : { year };
  const stats = useCall('stats:get', { by, ...ofYear });
  const months = useCall('stats:get', { by: 'month', ...ofYear });
  const years = [...new Set((tasks.data ?? []).map((t) => t.year))].sort((a, b) => b - a);
  const view = VIEWS.find((v) => v.id === by)!;

  async function exportXlsx() {
    try {
      const name = `抽查工作情况统计${year === '' ? '' : `（${year}年）`}.xlsx`;
      const result = await saveXlsx('导出统计表', name, (path) => api.run('stats:export', { path, ...ofYear }));
      if (result) notify.success(`已导出统计表（${result.count} 个工作表）`);
    } catch (err) {
      notify.error(err);
    }
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h5" component="h1">
          统计
        </Typography>
        <Typography variant="body2" color="text.secondary">
          抽查工作情况统计
        </Typography>
        <TextField
          select
          size="small"
          label="年度"
          value={year}
          onChange={(e) => setYear(e.target.value === '' ? '' : Number(e.target.value))}
          sx={{ width: 130, bgcolor: 'background.paper' }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">全部年度</MenuItem>
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}年
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={exportXlsx}>
          导出 Excel
        </Button>
      </Box>
      <Tabs value={by} onChange={(_e, v: StatsBy) => setBy(v)} sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}>
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} label={v.tab} sx={{ minHeight: 40, py: 0 }} />
        ))}
      </Tabs>
      <ErrorAlert error={stats.error ?? months.error} />
      <Box sx={{ display: 'flex', gap: 1.5 }}>
        <CodeBars report={stats.data} />
        <CompletionLine months={months.data} />
      </Box>
      <StatsGrid report={stats.data} keyLabel={view.keyLabel} loading={stats.loading} />
      <Typography variant="body2" color="text.secondary">
        只统计有效（未作废）的抽取。抽查基数为抽取时冻结的候选名单户数；完成率 = 已公示 ÷ 抽查户数；完结率 = 后续处置已完结 ÷
        已公示。结果代码与后续处置按已录入结果计数，一户有多个结果代码的分别计入。按事项统计时，一个任务的户数计入它的每个事项，合计每户只计一次。按部门统计时，联合抽查的每户计入每个参加部门（各按本部门的结果），单部门任务计入本局；联合抽查的一户在各部门均录入（公示、完结）后才计入合计的已录入（已公示、完结）。
        月份为抽取的月份。
      </Typography>
    </Box>
  );
}
