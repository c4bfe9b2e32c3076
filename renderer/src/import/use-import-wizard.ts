import { useEffect, useState } from 'react';
import type { CallInput } from '../../../electron/api/contract.ts';
import { api, files } from '../api/client.ts';
import { TABLE_FILTER } from '../common/save-xlsx.ts';
import { useVocabulary } from '../common/use-vocabulary.ts';
import type { ImportInspection, ImportKind } from './import-types.ts';
import { useImportJob } from './use-import-job.ts';

export type WizardStep = 'file' | 'mapping' | 'values' | 'preview' | 'commit';

/** Per field, per written value (its folded key): the value the clerk chose to store. */
export type ValueChoices = Record<string, Record<string, string>>;

export interface EntityOptions {
  roster: string;
  acceptFlagged: boolean;
}

/**
 * The wizard's state: the file and its inspection, the clerk's column mapping and options, and
 * the two runs of the same import — the preview (rolled back) and the commit.
 */
export function useImportWizard(kind: ImportKind) {
  const [step, setStep] = useState<WizardStep>('file');
  const [path, setPath] = useState<string | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [columns, setColumns] = useState<Record<string, number>>({});
  // The roster imported entities join unless the clerk names another: the core's default, once known.
  const { defaultRoster } = useVocabulary();
  const [options, setOptions] = useState<EntityOptions>({ roster: '', acceptFlagged: false });
  useEffect(() => {
    if (defaultRoster) setOptions((o) => (o.roster ? o : { ...o, roster: defaultRoster }));
  }, [defaultRoster]);
  // Inspectors: the department the list is imported for ('' = as the file's 所属部门 column says).
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [reading, setReading] = useState(false);
  const [valueMaps, setValueMaps] = useState<ValueChoices>({});
  // The choices the current preview ran with: another choice since means it must run again.
  const [previewedMaps, setPreviewedMaps] = useState<ValueChoices | null>(null);
  const preview = useImportJob();
  const commit = useImportJob();

  async function inspect(file: string, sheet?: string) {
    setReading(true);
    setError(null);
    try {
      const found = await api.run('import:inspect', { kind, path: file, ...(sheet ? { sheet } : {}) });
      setPath(file);
      setInspection(found);
      setColumns(found.columns);
      setValueMaps({});
      setStep('mapping');
    } catch (err) {
      setError(err);
    } finally {
      setReading(false);
    }
  }

  /** Called straight from the click: the browser opens its file chooser only inside the click. */
  function chooseFile() {
    files
      .pickOpen({ title: '选择要导入的文件', filters: [TABLE_FILTER] })
      .then((file) => (file ? inspect(file) : undefined))
      .catch(setError);
  }

  function setColumn(key: string, index: number | null) {
    setColumns(({ [key]: _old, ...rest }) => (index === null ? rest : { ...rest, [key]: index }));
  }

  function runPreview() {
    setPreviewedMaps(valueMaps);
    void preview.start(request(true));
  }

  function request(dryRun: boolean): CallInput<'import:start'> {
    if (!path || !inspection) throw new Error('import requested before a file was inspected');
    const base = { kind, path, sheet: inspection.sheet, headerRow: inspection.headerRow, columns, valueMaps, dryRun };
    if (kind === 'inspectors' && departmentId !== '') return { ...base, departmentId };
    return kind === 'entities' ? { ...base, roster: options.roster.trim(), acceptFlagged: options.acceptFlagged } : base;
  }

  return {
    kind,
    step,
    inspection,
    departmentId,
    setDepartmentId,
    columns,
    options,
    error,
    reading,
    preview,
    commit,
    /** Required fields the clerk has not given a column yet (the core's `required` flags). */
    missing: inspection?.fields.filter((f) => f.required && columns[f.key] === undefined).map((f) => f.label) ?? [],
    chooseFile,
    chooseSheet: (sheet: string) => {
      if (path) void inspect(path, sheet);
    },
    setColumn,
    setOptions: (change: Partial<EntityOptions>) => setOptions((o) => ({ ...o, ...change })),
    toFile: () => setStep('file'),
    toMapping: () => {
      preview.reset();
      setPreviewedMaps(null);
      setStep('mapping');
    },
    valueMaps,
    /** The value choices changed since the preview ran: 下一步 runs it again. */
    valuesChanged: previewedMaps !== null && !sameChoices(previewedMaps, valueMaps),
    setValue: (field: string, key: string, value: string) =>
      setValueMaps((maps) => ({ ...maps, [field]: { ...maps[field], [key]: value } })),
    /** From the columns to the values: the dry run reads every row and tallies their values. */
    startValues: () => {
      setStep('values');
      runPreview();
    },
    startPreview: () => {
      setStep('preview');
      const state = preview.error ? null : preview.status?.state;
      const usable = state === 'done' || state === 'running';
      if (!usable || previewedMaps === null || !sameChoices(previewedMaps, valueMaps)) runPreview();
    },
    rerunPreview: () => runPreview(),
    toValues: () => setStep('values'),
    startCommit: () => {
      setStep('commit');
      void commit.start(request(false));
    },
  };
}

function sameChoices(a: ValueChoices, b: ValueChoices): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
