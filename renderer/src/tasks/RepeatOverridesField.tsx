import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Entity } from '../entities/entity-types.ts';
import { EntityPicker } from '../inspectors/EntityPicker.tsx';

type Override = { code: string; name: string; reason: string };

interface RepeatOverridesFieldProps {
  value: Override[];
  error?: string | undefined;
  onChange: (list: Override[]) => void;
}

/** 允许重复抽查: entities let back into the pool despite a recent draw, each with its reason. */
export function RepeatOverridesField({ value, error, onChange }: RepeatOverridesFieldProps) {
  const [adding, setAdding] = useState(false);
  const [entity, setEntity] = useState<Entity | null>(null);
  const [reason, setReason] = useState('');
  const add = () => {
    if (!entity) return;
    onChange([...value.filter((o) => o.code !== entity.code), { code: entity.code, name: entity.name, reason: reason.trim() }]);
    setEntity(null);
    setReason('');
    setAdding(false);
  };
  return (
    <Box component="section" aria-label="允许重复抽查的主体">
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Typography variant="body2" color={error ? 'error' : 'text.secondary'} sx={{ flex: 1 }}>
          {error ?? (value.length ? `允许重复抽查的主体（${value.length}）` : '没有允许重复抽查的主体')}
        </Typography>
        {!adding && (
          <Button size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            允许重复抽查…
          </Button>
        )}
      </Box>
      {value.map((o) => (
        <Box key={o.code} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25, borderTop: 1, borderColor: 'divider' }}>
          <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }}>
            {o.name || o.code}　
            <Box component="span" sx={{ color: 'text.secondary' }}>
              理由：{o.reason || '（未填写）'}
            </Box>
          </Typography>
          <IconButton
            size="small"
            aria-label={`取消${o.name || o.code}的重复抽查`}
            onClick={() => onChange(value.filter((x) => x.code !== o.code))}
          >
            <CloseIcon fontSize="small" />
          </IconButton>
        </Box>
      ))}
      {adding && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, p: 1.5, mt: 0.5, bgcolor: 'action.hover', borderRadius: 1 }}>
          <EntityPicker value={entity} onChange={setEntity} />
          <TextField
            label="允许重复抽查的理由"
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            helperText="必填，将记入任务和抽取记录"
          />
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
            <Button onClick={() => setAdding(false)}>取消</Button>
            <Button variant="outlined" disabled={!entity || !reason.trim()} onClick={add}>
              加入
            </Button>
          </Box>
        </Box>
      )}
    </Box>
  );
}
