import { useState, type FormEvent } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { EntityFormFields } from './EntityFormFields.tsx';
import { entityInputOf, fieldReasons, formValuesOf, isChecksumRefusal, type EntityFormField } from './entity-form-values.ts';
import type { Entity, EntityDetail } from './entity-types.ts';
import type { EntityFacets } from './use-entity-facets.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useEdited } from '../common/use-edited.ts';

interface EntityFormDialogProps {
  /** The entity to edit, or null to add one. */
  entity: Entity | null;
  /** 名录 a new entity starts in (the one the list is filtered by, or the default). */
  defaultRosters: string[];
  facets: EntityFacets;
  onClose: () => void;
  onSaved: (detail: EntityDetail) => void;
}

/** 新增 / 编辑 a market entity, checked by the core exactly as an import row would be. */
export function EntityFormDialog({ entity, defaultRosters, facets, onClose, onSaved }: EntityFormDialogProps) {
  const [values, setValues] = useState(() => formValuesOf(entity));
  const [rosters, setRosters] = useState<string[]>(() => entity?.rosters ?? defaultRosters);
  // An entity already accepted with a failing checksum stays accepted unless the clerk unticks it.
  const [acceptFlagged, setAcceptFlagged] = useState(entity?.codeFlagged ?? false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);
  const reasons = error ? fieldReasons(error.fields) : {};
  const offerAccept = acceptFlagged || isChecksumRefusal(reasons.code);

  const change = (field: EntityFormField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await api.run('entities:save', {
        ...(entity ? { id: entity.id } : {}),
        entity: entityInputOf(values),
        acceptFlagged,
        rosters,
      });
      onSaved(saved);
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setSaving(false);
    }
  }

  const dirty = useEdited([values, rosters, acceptFlagged]);
  return (
    <FormDialog
      dirty={dirty}
      error={error}
      title={entity ? '编辑市场主体' : '新增市场主体'}
      maxWidth="md"
      submitLabel="保存"
      busy={saving}
      onSubmit={submit}
      onClose={onClose}
    >
      <EntityFormFields values={values} rosters={rosters} reasons={reasons} facets={facets} onChange={change} onRosters={setRosters} />
      {offerAccept && (
        <FormControlLabel
          control={<Checkbox checked={acceptFlagged} onChange={(e) => setAcceptFlagged(e.target.checked)} />}
          label="接受校验位不符的代码（确认代码无误的早期试点代码）"
        />
      )}
    </FormDialog>
  );
}
