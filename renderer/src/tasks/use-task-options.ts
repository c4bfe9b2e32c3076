import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import type { InspectorTagCount } from '../inspectors/inspector-types.ts';
import type { Plan } from './task-types.ts';

/** An item as the task form offers it; `departmentId` is its 实施部门 (null = 本局). */
export type TaskItemOption = Pick<CallOutput<'items:list'>[number], 'id' | 'seq' | 'name'> & { departmentId: number | null };

export type DepartmentOption = CallOutput<'departments:list'>[number];

export interface TaskOptions {
  items: TaskItemOption[];
  rosters: { name: string; entityCount: number }[];
  areas: string[];
  industries: string[];
  plans: Plan[];
  /** 执法领域 / 业务专长 the inspectors hold, for 所需执法领域. */
  tags: InspectorTagCount[];
  /** 本局 first, then the departments it inspects with (部门联合抽查). */
  departments: DepartmentOption[];
}

const EMPTY: TaskOptions = { items: [], rosters: [], areas: [], industries: [], plans: [], tags: [], departments: [] };

/** An item's 实施部门 as the list gives it; an item list that does not carry one is 本局's. */
function itemOption(item: CallOutput<'items:list'>[number]): TaskItemOption {
  const departmentId = (item as { departmentId?: number | null }).departmentId ?? null;
  return { id: item.id, seq: item.seq, name: item.name, departmentId };
}

/** What the task form's menus offer: items in use, 名录, the roster's areas and industries, plans, inspectors' tags, departments. */
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
      api.run('departments:list', {}),
    ]).then(([items, rosters, facets, plans, tags, departments]) => {
      setOptions({ items: items.map(itemOption), rosters, areas: facets.areas, industries: facets.industries, plans, tags, departments });
      setError(null);
    }, setError);
  }, [version]);
  return { options, error, reloadPlans };
}
