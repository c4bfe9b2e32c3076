import { useState } from 'react';
import { ApiCallError } from '../api/api-error.ts';
import { api, files } from '../api/client.ts';
import { useSignedInPerson } from '../shell/use-signed-in.ts';
import { TABLE_FILTER } from '../common/save-xlsx.ts';
import { useNotify } from '../common/notify.tsx';
import { importedNotice } from './result-import-text.ts';
import type { ResultImportOutcome } from './result-import-types.ts';

/**
 * Whose results a file holds: a task by its 编号 (a single-department task, or a file whose rows
 * name their tasks), or one department's part of a joint task ("谁检查、谁录入"), which the core
 * also checks against an exchanged workbook's cover.
 */
export type ResultImportTarget = string | { taskId: number; departmentId: number | undefined };

interface Previewed {
  path: string;
  target: ResultImportTarget;
  outcome: ResultImportOutcome;
}

type Commit = { skipRefused: boolean; fingerprint: string; actor: string | undefined };

/** One department's file goes through exchange:import (the results import for that department). */
function runImport(path: string, target: ResultImportTarget, commit: Commit | null): Promise<ResultImportOutcome> {
  const rest = commit ?? { dryRun: true };
  return typeof target === 'string'
    ? api.run('results:import', { path, task: target, ...rest })
    : api.run('exchange:import', { path, taskId: target.taskId, departmentId: target.departmentId, ...rest });
}

/**
 * 从 Excel 导入结果: choose a file, see what it would change (nothing written), then 确认导入
 * writes exactly that, all or nothing. A file that cannot be read at all (no 检查结果 column, not
 * Excel) is refused with the problems dialog instead.
 */
export function useResultImport(onImported: () => void) {
  const actor = useSignedInPerson()?.name;
  const notify = useNotify();
  const [problems, setProblems] = useState<ApiCallError | null>(null);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function preview(path: string, target: ResultImportTarget) {
    const outcome = await runImport(path, target, null);
    setError(null);
    setPreviewed({ path, target, outcome });
  }

  /** Called straight from the click: the browser opens its file chooser only inside the click. */
  function start(target: ResultImportTarget, title = '选择检查结果 Excel 文件') {
    files
      .pickOpen({ title, filters: [TABLE_FILTER] })
      .then((path) => (path ? preview(path, target) : undefined))
      .catch((err: unknown) => (err instanceof ApiCallError ? setProblems(err) : notify.error(err)));
  }

  /** 确认导入: the core checks the file again and refuses if anything differs from the preview. */
  async function confirm() {
    if (!previewed) return;
    setSaving(true);
    try {
      const { path, target, outcome } = previewed;
      const done = await runImport(path, target, { skipRefused: true, fingerprint: outcome.fingerprint, actor });
      setPreviewed(null);
      onImported();
      notify.success(importedNotice(done));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  /** 重新预览 after a refused 确认导入: the same file, read again. */
  function again() {
    if (previewed) preview(previewed.path, previewed.target).catch(setError);
  }

  return {
    start,
    problems,
    dismiss: () => setProblems(null),
    preview: previewed?.outcome ?? null,
    saving,
    error,
    confirm,
    again,
    cancel: () => {
      setPreviewed(null);
      setError(null);
    },
  };
}

export type ResultImporter = ReturnType<typeof useResultImport>;
