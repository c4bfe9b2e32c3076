import { useCallback, useEffect, useState } from 'react';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import type { DrawRecord, Task } from './task-types.ts';

/** One task and all its draws (the live one and the voided ones, newest first). */
export function useTaskDetail(taskId: number) {
  const [task, setTask] = useState<Task | null>(null);
  const [draws, setDraws] = useState<DrawRecord[]>([]);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let current = true;
    Promise.all([api.run('tasks:get', { id: taskId }), api.run('draws:list', { taskId })]).then(
      ([t, d]) => {
        if (!current) return;
        setTask(t);
        setDraws(d);
        setError(null);
      },
      (err: unknown) => current && setError(err instanceof ApiCallError ? err : new ApiCallError({ message: String(err) })),
    );
    return () => {
      current = false;
    };
  }, [taskId, version]);
  const live = draws.find((d) => d.id === task?.liveDrawId) ?? null;
  return { task, draws, live, error, reload, version };
}
