import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { textFieldProps } from '../common/text-field-props.ts';
import { useEdited } from '../common/use-edited.ts';
import { ownShortName, type Department } from '../departments/department-types.ts';

type Field = 'name' | 'shortName' | 'contact' | 'phone';

/** The core's reasons by field; the door nests them under `department.`. */
function reasonsOf(error: ApiCallError | null): Partial<Record<Field, string>> {
  const reasons: Partial<Record<string, string>> = {};
  for (const [key, reason] of Object.entries(error?.fields ?? {})) reasons[key.replace(/^department\./, '')] ??= reason;
  return reasons;
}

/** 添加 / 编辑 a department. 本局's name is the 单位名称 and is not edited here. */
export function DepartmentDialog({
  department,
  onClose,
  onSaved,
}: {
  department: Department | null;
  onClose: () => void;
  onSaved: (saved: Department) => void;
}) {
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    name: department?.name ?? '',
    shortName: department ? ownShortName(department) : '',
    contact: department?.contact ?? '',
    phone: department?.phone ?? '',
  }));
  const [error, setError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = useEdited(values);
  const reasons = reasonsOf(error);
  const field = textFieldProps<Field>(values, reasons, (name, value) => setValues((v) => ({ ...v, [name]: value })));
  const own = department?.isOwn ?? false;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const input = { ...values, retired: department?.retired ?? false, ...(department ? { id: department.id } : {}) };
      onSaved(await api.run('departments:save', { department: input }));
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog
      dirty={dirty}
      error={error}
      title={department ? `编辑部门：${department.name}` : '添加部门'}
      submitLabel="保存"
      busy={saving}
      onSubmit={submit}
      onClose={onClose}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', columnGap: 2, rowGap: 1, pt: 1 }}>
        <TextField
          {...field('name', '部门名称', 12, own ? '本局的名称即“单位信息”中的单位名称，请在那里修改' : '全称，如 县应急管理局')}
          required
          disabled={own}
          autoFocus={!own}
        />
        <TextField {...field('shortName', '简称', 6, '用于文号和落款，如 县应急局；不填即用全称')} autoFocus={own} />
        <TextField {...field('contact', '联系人', 6)} />
        <TextField {...field('phone', '联系电话', 6)} />
      </Box>
    </FormDialog>
  );
}
