import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import type { InspectorTagCount } from '../inspectors/inspector-types.ts';
import type { Plan } from './task-types.ts';

export interface TaskOptions {
  items: Pick<CallOutput<'items:list'>[number], 'id' | 'seq' | 'name'>[];
  rosters: { name: string; entityCount: number }[];
  areas: string[];
  industries: string[];
  plans: Plan[];
  /** 执法领域 / 业务专长 the inspectors hold, for 所需执法领域. */
  tags: InspectorTagCount[];
}

const EMPTY: TaskOptions = { items: [], rosters: [], areas: [], industries: [], plans: [], tags: [] };

/** What the task form's menus offer: items in use, 名录, the roster's areas and industries, plans, inspectors' tags. */
export function useTaskOptions() {
  const [options, setOptions] = useState<TaskOptions>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const reloadPlans = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    Promise.all([
      api.run('items:list', {}),
      api.run('rosters:list', {}),
      api.run('entities:facets', {}),
      api.run('plans:list', {}),
      api.run('inspectors:tags', {}),
    ]).then(([items, rosters, facets, plans, tags]) => {
      setOptions({ items, rosters, areas: facets.areas, industries: facets.industries, plans, tags });
      setError(null);
    }, setError);
  }, [version]);
  return { options, error, reloadPlans };
}
