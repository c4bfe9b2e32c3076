import { useState, type FormEvent } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import type { Roster } from '../entities/entity-types.ts';
import type { ItemChoice } from './use-rosters.ts';
import { FormDialog } from '../common/FormDialog.tsx';

interface RosterFormDialogProps {
  roster: Roster | null;
  items: ItemChoice[];
  onClose: () => void;
  onSaved: (roster: Roster) => void;
}

const itemLabel = (i: ItemChoice) => (i.seq === null ? i.name : `${i.seq}. ${i.name}`);

/** 新增 / 改名 a roster and choose the 抽查事项 whose 适用对象 it holds. */
export function RosterFormDialog({ roster, items, onClose, onSaved }: RosterFormDialogProps) {
  const [name, setName] = useState(roster?.name ?? '');
  const [notes, setNotes] = useState(roster?.notes ?? '');
  const [chosen, setChosen] = useState<ItemChoice[]>(() => roster?.items ?? []);
  // A linked item that has since been retired stays a choice, so saving does not drop it unseen.
  const options = [...items, ...(roster?.items ?? []).filter((r) => !items.some((i) => i.id === r.id))];
  const [error, setError] = useState<ApiCallError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const input = { name, notes, itemIds: chosen.map((i) => i.id) };
      onSaved(await api.run('rosters:save', roster ? { id: roster.id, ...input } : input));
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  return (
    <FormDialog
      title={roster ? '修改名录' : '新增名录'}
      submitLabel="保存"
      onSubmit={submit}
      onClose={onClose}
      contentSx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      {error && <ErrorAlert error={error} />}
      <TextField
        label="名录名称"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        autoFocus
        error={Boolean(error?.fields.name)}
        helperText={error?.fields.name ?? '如：特种设备生产单位名录'}
      />
      <Autocomplete
        multiple
        options={options}
        value={chosen}
        onChange={(_e, v) => setChosen(v)}
        getOptionLabel={itemLabel}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        filterSelectedOptions
        renderInput={(params) => <TextField {...params} label="适用的抽查事项" helperText="这个名录中的市场主体是哪些抽查事项的检查对象" />}
      />
      <TextField label="备注" value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} helperText=" " />
    </FormDialog>
  );
}
