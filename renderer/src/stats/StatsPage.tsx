import { useState } from 'react';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { StatsDimension } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { saveXlsx } from '../common/save-xlsx.ts';
import { useCall } from '../common/use-call.ts';
import { StatsTable } from './StatsTable.tsx';

const DIMENSIONS: { id: StatsDimension; tab: string; keyLabel: string }[] = [
  { id: 'task', tab: '按任务', keyLabel: '抽查任务' },
  { id: 'item', tab: '按事项', keyLabel: '抽查事项' },
  { id: 'area', tab: '按区域', keyLabel: '所属区域' },
  { id: 'code', tab: '按结果', keyLabel: '检查结果' },
  { id: 'risk', tab: '按风险分类', keyLabel: '信用风险分类' },
];

/** 统计: results counted by task, item, 区域, result code and risk class, for a year or all years. */
export function StatsPage() {
  const notify = useNotify();
  const [year, setYear] = useState<number | ''>('');
  const [dimension, setDimension] = useState<StatsDimension>('task');
  const tasks = useCall('tasks:list', {});
  const stats = useCall('stats:get', year === '' ? { dimension } : { dimension, year });
  const years = [...new Set((tasks.data ?? []).map((t) => t.year))].sort((a, b) => b - a);
  const current = DIMENSIONS.find((d) => d.id === dimension)!;

  async function exportXlsx() {
    try {
      const name = `随机抽查结果统计${year === '' ? '' : `（${year}年）`}.xlsx`;
      const result = await saveXlsx('导出统计表', name, (path) => api.run('stats:export', year === '' ? { path } : { year, path }));
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
        <TextField
          select
          label="年度"
          value={year}
          onChange={(e) => setYear(e.target.value === '' ? '' : Number(e.target.value))}
          sx={{ width: 140, bgcolor: 'background.paper' }}
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
      <Typography variant="body2" color="text.secondary">
        只统计有效抽取中已录入结果的检查对象；“发现问题”按结果代码表中标为“属于发现问题”的代码计算。按结果统计时，一户有多个结果的分别计入。
      </Typography>
      <Tabs value={dimension} onChange={(_e, d: StatsDimension) => setDimension(d)} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        {DIMENSIONS.map((d) => (
          <Tab key={d.id} value={d.id} label={d.tab} />
        ))}
      </Tabs>
      <ErrorAlert error={stats.error} />
      <StatsTable rows={stats.data ?? []} keyLabel={current.keyLabel} />
    </Box>
  );
}
