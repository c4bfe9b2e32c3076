import { useState, type FormEvent } from 'react';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ItemFormFields } from './ItemFormFields.tsx';
import { fieldReasons, formValuesOf, itemInputOf, type ItemFormField } from './item-form-values.ts';
import type { Item } from './item-types.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useEdited } from '../common/use-edited.ts';

interface ItemFormDialogProps {
  /** The item to edit, or null to add a new one. */
  item: Item | null;
  onClose: () => void;
  onSaved: (item: Item) => void;
}

/** 新增 / 编辑 an item. Enter in a one-line field saves; Esc or 取消 closes without saving. */
export function ItemFormDialog({ item, onClose, onSaved }: ItemFormDialogProps) {
  const [values, setValues] = useState(() => formValuesOf(item));
  const [error, setError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);
  const reasons = error ? fieldReasons(error.fields) : {};

  const change = (field: ItemFormField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const input = itemInputOf(values);
      const saved = item ? await api.run('items:update', { id: item.id, item: input }) : await api.run('items:create', input);
      onSaved(saved);
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setSaving(false);
    }
  }

  const dirty = useEdited(values);
  return (
    <FormDialog
      dirty={dirty}
      error={error}
      title={item ? `编辑抽查事项（序号 ${item.seq ?? '已停用'}）` : '新增抽查事项'}
      maxWidth="md"
      submitLabel="保存"
      busy={saving}
      onSubmit={submit}
      onClose={onClose}
    >
      <ItemFormFields values={values} reasons={reasons} onChange={change} seqDisabled={item?.retired ?? false} />
    </FormDialog>
  );
}
