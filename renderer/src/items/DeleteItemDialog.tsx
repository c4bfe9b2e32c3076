import { useState } from 'react';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import type { Item } from './item-types.ts';

interface DeleteItemDialogProps {
  item: Item;
  onClose: () => void;
  onDeleted: (item: Item) => void;
}

/** Asks before deleting; when the core refuses (the item is in use), its advice is shown here. */
export function DeleteItemDialog({ item, onClose, onDeleted }: DeleteItemDialogProps) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await api.run('items:delete', { id: item.id });
      onDeleted(item);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog open title="删除抽查事项" confirmLabel="删除" danger busy={busy} error={error} onConfirm={confirm} onClose={onClose}>
      确定要删除“{item.name}”吗？删除后不能恢复。如果只是暂时不用，请关闭本窗口，改用“停用”。
    </ConfirmDialog>
  );
}
