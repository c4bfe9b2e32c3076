import { useState } from 'react';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { formatCount } from '../common/format-time.ts';
import type { Roster } from '../entities/entity-types.ts';

interface DeleteRosterDialogProps {
  roster: Roster;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting a roster, and says that its entities stay in the 名录库. */
export function DeleteRosterDialog({ roster, onClose, onDeleted }: DeleteRosterDialogProps) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await api.run('rosters:delete', { id: roster.id });
      onDeleted();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog open title="删除名录" confirmLabel="删除名录" danger busy={busy} error={error} onConfirm={confirm} onClose={onClose}>
      确定要删除名录“{roster.name}”吗？其中的 {formatCount(roster.entityCount)} 个市场主体仍保留在检查对象名录库中，只是不再属于这个名录；
      {roster.items.length > 0 && '这个名录与抽查事项的对应关系也会一并删除。'}
    </ConfirmDialog>
  );
}
