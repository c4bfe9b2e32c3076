import { useCallback } from 'react';
import { api } from '../api/client.ts';
import { useCall } from '../common/use-call.ts';
import type { ResultInput } from './result-types.ts';

/** A task's drawn entities and their results, and saving one or many (批量设置) in one call. */
export function useTaskResults(taskId: number | null, onSaved: () => void) {
  const loaded = useCall('results:list', taskId === null ? null : { taskId });
  const { reload } = loaded;
  const save = useCallback(
    async (entityIds: number[], result: ResultInput, presentAsTeam = false) => {
      if (taskId === null) return;
      await api.run('results:set', { taskId, entityIds, result, presentAsTeam });
      reload();
      onSaved();
    },
    [taskId, reload, onSaved],
  );
  return { rows: loaded.data ?? [], loading: loaded.loading, error: loaded.error, save, reload };
}
