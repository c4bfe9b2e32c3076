import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Conflict } from './inspector-types.ts';

/** The 回避 declared for one inspector. */
export function useConflicts(inspectorId: number | null, version: number) {
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [own, setOwn] = useState(0);
  const reload = useCallback(() => setOwn((v) => v + 1), []);
  useEffect(() => {
    if (inspectorId === null) return setConflicts([]);
    let current = true;
    api.run('conflicts:list', { inspectorId }).then(
      (list) => current && (setConflicts(list), setError(null)),
      (err: unknown) => current && setError(err),
    );
    return () => {
      current = false;
    };
  }, [inspectorId, version, own]);
  return { conflicts, error, reload };
}
