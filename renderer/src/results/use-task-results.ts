import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { api } from '../api/client.ts';
import { useCall } from '../common/use-call.ts';
import { useSignedInPerson } from '../shell/use-signed-in.ts';
import type { ResultInput, TaskResultRow } from './result-types.ts';

/**
 * A version of "the results as last read", bumped each time a task's results are (re)read. Every
 * change to results — one entry, 批量设置, an Excel import, a review or a 退回 — ends by reading the
 * task's results again to show the change, so whatever shows counts derived from them (the task
 * picker's 已录入 n/m) reads again on this version and can never be left stale by a new kind of change.
 */
let resultsVersion = 0;
const listeners = new Set<() => void>();

function resultsRead(): void {
  resultsVersion += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever a task's results were read again: a key for `useCall` of counts derived from them. */
export function useResultsVersion(): number {
  return useSyncExternalStore(subscribe, () => resultsVersion);
}

/**
 * A task's drawn entities and their results, and saving one or many (批量设置) in one call. A
 * joint task's are those of `departmentId` (the department chosen on the page); undefined for a
 * single-department task, or while a joint task's department is not yet known (nothing is read).
 */
export function useTaskResults(taskId: number | null, onSaved: () => void, departmentId?: number, joint = false) {
  const ready = taskId !== null && (!joint || departmentId !== undefined);
  const loaded = useCall('results:list', ready ? { taskId, departmentId } : null);
  const { reload, data } = loaded;
  // The 录入员 is whoever is signed in on this PC.
  const actor = useSignedInPerson()?.name;
  useEffect(() => {
    if (data) resultsRead();
  }, [data]);
  const save = useCallback(
    async (entityIds: number[], result: ResultInput, presentAsTeam = false, correctionReason?: string) => {
      if (taskId === null) return;
      await api.run('results:set', { taskId, departmentId, entityIds, result, presentAsTeam, actor, correctionReason });
      reload();
      onSaved();
    },
    [taskId, departmentId, reload, onSaved, actor],
  );
  return { rows: ready ? (data ?? []) : [], loading: loaded.loading, error: loaded.error, save, reload };
}

/**
 * A joint task's entities with every department's part (合并查看), read again whenever results
 * were; null for a single-department task.
 */
export function useCombinedResults(taskId: number | null, joint: boolean): Map<number, TaskResultRow> | null {
  const loaded = useCall('results:list', taskId !== null && joint ? { taskId } : null, useResultsVersion());
  const rows = joint ? loaded.data : undefined;
  return useMemo(() => (rows ? new Map(rows.map((r) => [r.entityId, r])) : null), [rows]);
}
