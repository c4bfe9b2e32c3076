import { useCallback, useSyncExternalStore } from 'react';
import type { Task } from '../tasks/task-types.ts';

const key = (taskId: number) => `ssj.results.department.${taskId}`;

/** The choice per task, shared by every part of the page (the grid, the toolbar, the header's 导出 Excel). */
const chosen = new Map<number, number>();
const listeners = new Set<() => void>();
let version = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function stored(taskId: number): number | undefined {
  if (chosen.has(taskId)) return chosen.get(taskId);
  try {
    return Number(window.localStorage.getItem(key(taskId))) || undefined;
  } catch {
    return undefined;
  }
}

function store(taskId: number, departmentId: number): void {
  chosen.set(taskId, departmentId);
  try {
    window.localStorage.setItem(key(taskId), String(departmentId));
  } catch {
    // Not remembered (storage refused): the choice still holds while the page is open.
  }
  version += 1;
  for (const listener of listeners) listener();
}

/**
 * For which department of a joint task results are entered, reviewed, returned and exported on
 * this page ("谁检查、谁录入"): the lead at first, then whatever was last chosen for that task on
 * this PC. undefined for a single-department task, whose results are 本局's as always.
 */
export function useResultDepartment(task: Task | null): [number | undefined, (departmentId: number) => void] {
  useSyncExternalStore(subscribe, () => version);
  let departmentId: number | undefined;
  if (task?.joint) {
    const last = stored(task.id);
    // A department taken out of the task since falls back to the lead.
    departmentId = task.departments.some((d) => d.departmentId === last) ? last : task.departments[0]?.departmentId;
  }
  const choose = useCallback((id: number) => task && store(task.id, id), [task]);
  return [departmentId, choose];
}
