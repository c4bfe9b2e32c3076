import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../electron/api/types.ts';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';

const POLL_MS = 300;

export interface Job<R> {
  /** The job as last polled; null before it starts. */
  status: JobStatus<R> | null;
  /** The start call was refused, or a poll failed. */
  error: unknown;
  /** 取消 was pressed for this job (it may still have finished first). */
  cancelRequested: boolean;
  /** `begin` is the call that starts the job on the host and returns its first status. */
  start: (begin: () => Promise<JobStatus<R>>) => Promise<void>;
  cancel: () => void;
  /** Forgets the job (cancelling it when it still runs). */
  reset: () => void;
}

/**
 * One long job on the host (an import, a batch of documents): started, polled every 300 ms
 * while it runs, cancelled on request or when the screen goes away, so nothing is written unseen.
 * The work runs off the host's main thread; this only asks how far it is.
 */
export function useJob<R>(): Job<R> {
  const [status, setStatus] = useState<JobStatus<R> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelRequested, setCancelRequested] = useState(false);
  // The job this hook follows; a reset or a new start makes older answers stale.
  const current = useRef<string | null>(null);

  const clear = () => {
    current.current = null;
    setStatus(null);
    setError(null);
    setCancelRequested(false);
  };

  const start = useCallback(async (begin: () => Promise<JobStatus<R>>) => {
    clear();
    try {
      const started = await begin();
      current.current = started.id;
      setStatus(started);
    } catch (err) {
      setError(err);
    }
  }, []);

  const jobId = status?.state === 'running' ? status.id : null;
  // Each answer is a new status object, so while the job runs every answer schedules the next ask.
  useEffect(() => {
    if (!jobId) return;
    const timer = window.setTimeout(async () => {
      const result = await api.call('jobs:get', { jobId });
      if (current.current !== jobId) return;
      if (result.ok) setStatus(result.data as JobStatus<R>);
      else setError(new ApiCallError(result.error));
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [jobId, status]);

  const cancel = useCallback(() => {
    const id = current.current;
    if (!id) return;
    setCancelRequested(true);
    void api.call('jobs:cancel', { jobId: id });
  }, []);

  const reset = useCallback(() => {
    const id = current.current;
    if (id) void api.call('jobs:cancel', { jobId: id });
    clear();
  }, []);

  useEffect(
    () => () => {
      const id = current.current;
      if (id) void api.call('jobs:cancel', { jobId: id });
    },
    [],
  );

  return { status, error, cancelRequested, start, cancel, reset };
}
