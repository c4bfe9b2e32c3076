import { useState, type FormEvent } from 'react';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { InspectorFormFields } from './InspectorFormFields.tsx';
import { fieldReasons, formValuesOf, inspectorInputOf, type InspectorFormValues } from './inspector-form-values.ts';
import type { Inspector, InspectorTagCount } from './inspector-types.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useEdited } from '../common/use-edited.ts';

interface InspectorFormDialogProps {
  inspector: Inspector | null;
  units: string[];
  tags: readonly InspectorTagCount[];
  onClose: () => void;
  onSaved: (inspector: Inspector) => void;
}

/** 新增 / 编辑 an inspector, checked by the core as an import row would be. */
export function InspectorFormDialog({ inspector, units, tags, onClose, onSaved }: InspectorFormDialogProps) {
  const [values, setValues] = useState(() => formValuesOf(inspector));
  const [error, setError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);
  const reasons = error ? fieldReasons(error.fields) : {};

  const change = <K extends keyof InspectorFormValues>(field: K, value: InspectorFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const input = inspectorInputOf(values);
      onSaved(await api.run('inspectors:save', inspector ? { id: inspector.id, inspector: input } : { inspector: input }));
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
      title={inspector ? '编辑执法检查人员' : '新增执法检查人员'}
      submitLabel="保存"
      busy={saving}
      onSubmit={submit}
      onClose={onClose}
    >
      <InspectorFormFields values={values} reasons={reasons} units={units} tags={tags} onChange={change} />
    </FormDialog>
  );
}
