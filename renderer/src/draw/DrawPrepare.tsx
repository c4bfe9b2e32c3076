import { useState, type FormEvent } from 'react';
import CasinoIcon from '@mui/icons-material/Casino';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { rememberOperator, rememberedOperator } from '../common/operator-name.ts';
import { useCall } from '../common/use-call.ts';
import type { Task } from '../tasks/task-types.ts';
import { PoolPreviewFacts } from './PoolPreviewFacts.tsx';

interface DrawPrepareProps {
  task: Task;
  version: number;
  onDrawn: () => void;
}

/** Step 1: the pool as it stands now, 操作人 and 监督人, the warning, and 开始抽取. */
export function DrawPrepare({ task, version, onDrawn }: DrawPrepareProps) {
  const notify = useNotify();
  const preview = useCall('tasks:poolPreview', { id: task.id }, version);
  const [operator, setOperator] = useState(rememberedOperator);
  const [witness, setWitness] = useState('');
  const [error, setError] = useState<ApiCallError | null>(null);
  const [drawing, setDrawing] = useState(false);
  const reasons = error?.fields ?? {};

  async function draw(event: FormEvent) {
    event.preventDefault();
    setDrawing(true);
    try {
      const record = await api.run('draws:run', { taskId: task.id, operator, witness });
      rememberOperator(operator);
      notify.success(`抽取完成并已记录（抽取记录 #${record.id}），共抽中 ${record.selected.length} 户`);
      onDrawn();
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setDrawing(false);
    }
  }

  return (
    <Box component="form" noValidate onSubmit={draw} aria-label="抽取前核对" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <ErrorAlert error={preview.error} />
      {preview.data && <PoolPreviewFacts preview={preview.data} task={task} />}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          label="操作人"
          required
          value={operator}
          onChange={(e) => setOperator(e.target.value)}
          error={Boolean(reasons.operator)}
          helperText={reasons.operator ?? '点击抽取的人'}
          sx={{ width: 220 }}
        />
        <TextField
          label="监督人"
          required
          value={witness}
          onChange={(e) => setWitness(e.target.value)}
          error={Boolean(reasons.witness)}
          helperText={reasons.witness ?? '在场见证的人，不能与操作人相同'}
          sx={{ width: 260 }}
        />
      </Box>
      <Alert severity="warning" variant="outlined" role="note">
        点击“开始抽取”后，系统立即生成随机种子完成抽取，并<strong>当场永久记录</strong>，不能重抽，也不能修改。
        如确需重新抽取，只能将本次抽取作废并写明理由，作废和新的抽取记录都会保留备查。请在监督人在场时操作。
      </Alert>
      {error && !error.fields.operator && !error.fields.witness && <ErrorAlert error={error} />}
      <Box>
        <Button type="submit" variant="contained" size="large" startIcon={<CasinoIcon />} disabled={drawing || !preview.data}>
          开始抽取
        </Button>
      </Box>
    </Box>
  );
}
