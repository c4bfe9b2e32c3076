import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import type { Plan } from './task-types.ts';
import { FormDialog } from '../common/FormDialog.tsx';

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
    <FormDialog
      title="新建年度抽查工作计划"
      submitLabel="保存计划"
      onSubmit={submit}
      onClose={onClose}
      contentSx={{ display: 'grid', gridTemplateColumns: '120px 1fr', columnGap: 2, rowGap: 1 }}
    >
      {error && (
        <Box sx={{ gridColumn: 'span 2' }}>
          <ErrorAlert error={error} />
        </Box>
      )}
      <TextField
        {...field('year', '年度', '2015–2100')}
        type="number"
        required
        autoFocus
        slotProps={{ htmlInput: { min: 2015, max: 2100, step: 1 } }}
      />
      <TextField
        {...field('name', '计划名称', '不超过 100 字，如：2026年度双随机抽查工作计划')}
        required
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <Box sx={{ gridColumn: 'span 2' }}>
        <TextField
          {...field('docNo', '文号', '不超过 50 字，如：大同县市监〔2026〕3号，可留空')}
          slotProps={{ htmlInput: { maxLength: 50 } }}
        />
      </Box>
      <Box sx={{ gridColumn: 'span 2' }}>
        <TextField {...field('notes', '备注', '不超过 2000 字')} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 2000 } }} />
      </Box>
    </FormDialog>
  );
}
