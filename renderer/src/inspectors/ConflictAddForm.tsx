import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import type { Entity } from '../entities/entity-types.ts';
import { EntityPicker } from './EntityPicker.tsx';
import type { Conflict } from './inspector-types.ts';

interface ConflictAddFormProps {
  inspectorId: number;
  onAdded: (conflict: Conflict) => void;
  onCancel: () => void;
}

/** 登记回避: which entity, and why (the reason is required and kept with the record). */
export function ConflictAddForm({ inspectorId, onAdded, onCancel }: ConflictAddFormProps) {
  const [entity, setEntity] = useState<Entity | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiCallError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onAdded(await api.run('conflicts:declare', { inspectorId, entityCode: entity?.code ?? '', reason }));
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      aria-label="登记回避"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 2, mb: 1.5, border: 1, borderColor: 'primary.light', borderRadius: 1 }}
    >
      {error && !error.fields.entityCode && !error.fields.reason && <ErrorAlert error={error} />}
      <EntityPicker value={entity} onChange={setEntity} error={error?.fields.entityCode} />
      <TextField
        label="回避原因"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        error={Boolean(error?.fields.reason)}
        helperText={error?.fields.reason ?? '如：配偶任该企业负责人'}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="submit" variant="contained">
          登记回避
        </Button>
      </Box>
    </Box>
  );
}
