import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import type { Roster } from '../entities/entity-types.ts';

export type ItemChoice = Pick<CallOutput<'items:list'>[number], 'id' | 'seq' | 'name'>;

/** The rosters with their counts and items, and the items a roster may serve. */
export function useRosters() {
  const [rosters, setRosters] = useState<Roster[] | null>(null);
  const [items, setItems] = useState<ItemChoice[]>([]);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    Promise.all([api.run('rosters:list', {}), api.run('items:list', {})]).then(([r, i]) => {
      setRosters(r);
      setItems(i);
      setError(null);
    }, setError);
  }, []);
  useEffect(reload, [reload]);
  return { rosters, items, error, reload };
}
