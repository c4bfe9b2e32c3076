import { useCallback, useState } from 'react';
import type { Task } from '../tasks/task-types.ts';

const key = (taskId: number) => `ssj.results.department.${taskId}`;

function remembered(task: Task): number | undefined {
  const lead = task.departments[0]?.departmentId;
  let stored: number | undefined;
  try {
    stored = Number(window.localStorage.getItem(key(task.id))) || undefined;
  } catch {
    stored = undefined;
  }
  // A department taken out of the task since falls back to the lead.
  return task.departments.some((d) => d.departmentId === stored) ? stored : lead;
}

/**
 * For which department of a joint task results are entered, reviewed and returned on this page
 * ("谁检查、谁录入"): the lead at first, then whatever was last chosen for that task on this PC.
 * undefined for a single-department task, whose results are 本局's as always.
 */
export function useResultDepartment(task: Task | null): [number | undefined, (departmentId: number) => void] {
  const [chosen, setChosen] = useState<Record<number, number>>({});
  const departmentId = task?.joint ? (chosen[task.id] ?? remembered(task)) : undefined;
  const choose = useCallback(
    (id: number) => {
      if (!task) return;
      setChosen((c) => ({ ...c, [task.id]: id }));
      try {
        window.localStorage.setItem(key(task.id), String(id));
      } catch {
        // Not remembered (storage refused): the choice still holds while the page is open.
      }
    },
    [task],
  );
  return [departmentId, choose];
}
