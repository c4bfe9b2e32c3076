import { useEffect, useRef, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { Section } from '../common/Section.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { useNotify } from '../common/notify.tsx';
import { ConflictAddForm } from './ConflictAddForm.tsx';
import type { Conflict } from './inspector-types.ts';
import { useConflicts } from './use-conflicts.ts';

interface ConflictsSectionProps {
  inspectorId: number;
  version: number;
  /** A 回避 was added or removed: the list's 回避 count changes. */
  onChanged: () => void;
}

/** 回避: the entities this inspector must never be sent to, each with its reason. */
export function ConflictsSection({ inspectorId, version, onChanged }: ConflictsSectionProps) {
  const notify = useNotify();
  const { conflicts, error, reload } = useConflicts(inspectorId, version);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Conflict | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);

  // When the form closes, the keyboard focus goes back to 登记回避 (not lost to the page).
  useEffect(() => {
    if (wasAdding.current && !adding) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);

  const changed = (text: string) => {
    reload();
    onChanged();
    notify.success(text);
  };
  async function remove(conflict: Conflict) {
    try {
      await api.run('conflicts:remove', { id: conflict.id });
      setRemoving(null);
      changed(`已删除与“${conflict.entityName}”的回避关系`);
    } catch (err) {
      setRemoveError(err);
    }
  }

  return (
    <Section
      title={`回避（${conflicts.length}）`}
      actions={
        !adding && (
          <Button ref={addButton} size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            登记回避
          </Button>
        )
      }
    >
      <ErrorAlert error={error} />
      {adding && (
        <ConflictAddForm
          inspectorId={inspectorId}
          onCancel={() => setAdding(false)}
          onAdded={(c) => {
            setAdding(false);
            changed(`已登记：不派往“${c.entityName}”`);
          }}
        />
      )}
      {conflicts.length === 0 && !adding && <Typography color="text.disabled">没有登记回避的市场主体。</Typography>}
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }} aria-label="回避的市场主体">
        {conflicts.map((c) => (
          <Box
            component="li"
            key={c.id}
            sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, py: 1, borderTop: 1, borderColor: 'divider' }}
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600 }}>{c.entityName}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                {c.entityCode}
              </Typography>
              <Typography variant="body2">原因：{c.reason}</Typography>
              <Typography variant="caption" color="text.secondary">
                登记于 {formatDateTime(c.createdAt)}
              </Typography>
            </Box>
            <IconButton aria-label={`删除与${c.entityName}的回避`} onClick={() => setRemoving(c)}>
              <DeleteOutlinedIcon />
            </IconButton>
          </Box>
        ))}
      </Box>
      {removing && (
        <ConfirmDialog
          open
          title="删除回避关系"
          confirmLabel="删除"
          danger
          error={removeError}
          onConfirm={() => remove(removing)}
          onClose={() => {
            setRemoving(null);
            setRemoveError(null);
          }}
        >
          删除后，抽查时可能会把该执法人员派往“{removing.entityName}”。确定要删除吗？
        </ConfirmDialog>
      )}
    </Section>
  );
}
