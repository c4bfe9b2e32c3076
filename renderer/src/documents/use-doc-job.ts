import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchResult } from '../../../electron/core/documents/document-batch.ts';
import type { JobStatus } from '../../../electron/core/jobs/job-registry.ts';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';

const POLL_MS = 300;

export type DocJobStatus = JobStatus<BatchResult>;

/** One batch of documents on the host: started by the caller, polled while it runs, cancellable. */
export function useDocJob() {
  const [status, setStatus] = useState<DocJobStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelRequested, setCancelRequested] = useState(false);
  const current = useRef<string | null>(null);

  /** `begin` is the call that starts the job (docs:notices or docs:sheets). */
  const start = useCallback(async (begin: () => Promise<DocJobStatus>) => {
    current.current = null;
    setStatus(null);
    setError(null);
    setCancelRequested(false);
    try {
      const started = await begin();
      current.current = started.id;
      setStatus(started);
    } catch (err) {
      setError(err);
    }
  }, []);

  const jobId = status?.state === 'running' ? status.id : null;
  useEffect(() => {
    if (!jobId) return;
    const timer = window.setTimeout(async () => {
      const result = await api.call('jobs:get', { jobId });
      if (current.current !== jobId) return;
      if (result.ok) setStatus(result.data as DocJobStatus);
      else setError(new ApiCallError(result.error));
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [jobId, status]);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    setCancelRequested(true);
    void api.call('jobs:cancel', { jobId });
  }, []);

  const clear = useCallback(() => {
    current.current = null;
    setStatus(null);
    setError(null);
    setCancelRequested(false);
  }, []);

  // Leaving the task while a batch runs cancels it, so nothing is written unseen.
  useEffect(() => () => {
    const jobId = current.current;
    if (jobId) void api.call('jobs:cancel', { jobId });
  }, []);

  return { status, error, cancelRequested, start, cancel, clear };
}
