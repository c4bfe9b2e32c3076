import { useRef, useState, type FormEvent } from 'react';
import { asApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { useFieldReasons } from '../common/use-field-reasons.ts';
import { PlanFormDialog } from './PlanFormDialog.tsx';
import { TaskFormFields } from './TaskFormFields.tsx';
import { fieldReasons, formValuesOf, taskInputOf, type TaskFormValues } from './task-form-values.ts';
import type { Task } from './task-types.ts';
import { useTaskOptions } from './use-task-options.ts';
import { FormDialog } from '../common/FormDialog.tsx';
import { useEdited } from '../common/use-edited.ts';

/** Fields whose reasons one edit answers (the amount is a count or a ratio; a plan goes with 计划). */
const EDITS: Partial<Record<keyof TaskFormValues, string[]>> = {
  mode: ['count', 'ratio', 'classRatios'],
  count: ['count', 'ratio'],
  ratio: ['count', 'ratio', 'classRatios'],
  byClass: ['classRatios'],
  source: ['planId'],
  // A joint task's items and team size come from its departments.
  joint: ['departments', 'itemIds', 'inspectorsPerEntity'],
  departments: ['departments', 'itemIds', 'inspectorsPerEntity'],
};

interface TaskFormDialogProps {
  /** The task to change (before it is drawn), or null for a new one. */
  task: Task | null;
  /** 实施部门 already used by other tasks, suggested as the clerk types. */
  departments: string[];
  onClose: () => void;
  onSaved: (task: Task) => void;
}

/** 新建 / 修改 a task; the core checks every field and says why, beside the field. */
export function TaskFormDialog({ task, departments, onClose, onSaved }: TaskFormDialogProps) {
  const { options, error: optionsError, reloadPlans } = useTaskOptions();
  const [values, setValues] = useState(() => formValuesOf(task));
  const { reasons, alert, refuse, edited } = useFieldReasons(fieldReasons);
  const [saving, setSaving] = useState(false);
  const [planForm, setPlanForm] = useState(false);
  const fields = useRef<HTMLDivElement>(null);

  const change = <K extends keyof TaskFormValues>(field: K, value: TaskFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    edited(...(EDITS[field] ?? [field]));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const input = taskInputOf(values);
      onSaved(await api.run('tasks:save', task ? { id: task.id, task: input } : { task: input }));
    } catch (err) {
      refuse(asApiCallError(err));
      // The form is taller than the screen (a joint task's departments are at the bottom): the first
      // field said to be wrong is brought into view once the reasons are drawn.
      requestAnimationFrame(() =>
        fields.current?.querySelector('[aria-invalid="true"], [data-testid="joint-error"]')?.scrollIntoView({ block: 'center' }),
      );
    } finally {
      setSaving(false);
    }
  }

  const dirty = useEdited(values);
  return (
    <FormDialog
      dirty={dirty}
      error={alert ?? optionsError}
      title={task ? `修改抽查任务 ${task.code}` : '新建抽查任务'}
      maxWidth="lg"
      submitLabel="保存任务"
      busy={saving}
      onSubmit={submit}
      onClose={onClose}
      beside={
        planForm && (
          <PlanFormDialog
            onClose={() => setPlanForm(false)}
            onSaved={(plan) => {
              setPlanForm(false);
              reloadPlans();
              change('planId', plan.id);
            }}
          />
        )
      }
    >
      <div ref={fields}>
        <TaskFormFields
          values={values}
          reasons={reasons}
          options={options}
          departments={departments}
          onChange={change}
          onNewPlan={() => setPlanForm(true)}
        />
      </div>
    </FormDialog>
  );
}
