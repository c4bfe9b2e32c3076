import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput } from '../../../electron/api/contract.ts';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import type { ImportResult, JobStatus } from './import-types.ts';

const POLL_MS = 300;

export type ImportJobStatus = JobStatus<ImportResult>;

export interface ImportJob {
  /** The job as last polled; null before it starts (or while `import:start` is on its way). */
  status: ImportJobStatus | null;
  /** `import:start` refused (a bad mapping, a busy database); the clerk reads it in the step. */
  error: unknown;
  /** 取消 was pressed for this job (it may still have finished first). */
  cancelRequested: boolean;
  start: (request: CallInput<'import:start'>) => Promise<void>;
  cancel: () => void;
  reset: () => void;
}

/**
 * One import job on the host: started, polled every 300 ms while it runs, cancelled on request.
 * The work runs in a worker there, so the window stays responsive; this only asks how far it is.
 */
export function useImportJob(): ImportJob {
  const [status, setStatus] = useState<ImportJobStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelRequested, setCancelRequested] = useState(false);
  // The job this hook follows; a reset or a new start makes older answers stale.
  const current = useRef<string | null>(null);

  const start = useCallback(async (request: CallInput<'import:start'>) => {
    current.current = null;
    setStatus(null);
    setError(null);
    setCancelRequested(false);
    const result = await api.call('import:start', request);
    if (!result.ok) return setError(new ApiCallError(result.error));
    current.current = result.data.id;
    setStatus(result.data);
  }, []);

  const jobId = status?.state === 'running' ? status.id : null;
  // Each answer is a new status object, so while the job runs every answer schedules the next ask.
  useEffect(() => {
    if (!jobId) return;
    const timer = window.setTimeout(async () => {
      const result = await api.call('jobs:get', { jobId });
      if (current.current !== jobId) return;
      if (result.ok) setStatus(result.data as ImportJobStatus);
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

  const reset = useCallback(() => {
    const jobId = current.current;
    if (jobId) void api.call('jobs:cancel', { jobId });
    current.current = null;
    setStatus(null);
    setError(null);
    setCancelRequested(false);
  }, []);

  // A job left running when the wizard closes is cancelled, so nothing is written unseen.
  useEffect(() => () => {
    const jobId = current.current;
    if (jobId) void api.call('jobs:cancel', { jobId });
  }, []);

  return { status, error, cancelRequested, start, cancel, reset };
}
