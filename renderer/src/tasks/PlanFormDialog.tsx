import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import type { Plan } from './task-types.ts';

/** 新建年度抽查工作计划: year, name, 文号 and notes; its batches are the tasks that name it. */
export function PlanFormDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (plan: Plan) => void }) {
  const [values, setValues] = useState({ year: String(new Date().getFullYear()), name: '', docNo: '', notes: '' });
  const [error, setError] = useState<ApiCallError | null>(null);
  const reasons = error?.fields ?? {};
  const field = (name: keyof typeof values, label: string, hint = ' ') => ({
    label,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    error: Boolean(reasons[`plan.${name}`] ?? reasons[name]),
    helperText: reasons[`plan.${name}`] ?? reasons[name] ?? hint,
    fullWidth: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    try {
      onSaved(await api.run('plans:save', { plan: { ...values, year: Number(values.year) } }));
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="plan-form-title">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="plan-form-title">新建年度抽查工作计划</DialogTitle>
        <DialogContent dividers sx={{ display: 'grid', gridTemplateColumns: '120px 1fr', columnGap: 2, rowGap: 1 }}>
          {error && (
            <Box sx={{ gridColumn: 'span 2' }}>
              <ErrorAlert error={error} />
            </Box>
          )}
          <TextField {...field('year', '年度')} type="number" required autoFocus />
          <TextField {...field('name', '计划名称', '如：2026年度双随机抽查工作计划')} required />
          <Box sx={{ gridColumn: 'span 2' }}>
            <TextField {...field('docNo', '文号', '如：大同县市监〔2026〕3号，可留空')} />
          </Box>
          <Box sx={{ gridColumn: 'span 2' }}>
            <TextField {...field('notes', '备注')} multiline minRows={2} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained">
            保存计划
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
