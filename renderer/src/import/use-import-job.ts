import { useCallback } from 'react';
import type { CallInput } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import { useJob, type Job } from '../common/use-job.ts';
import type { ImportResult, JobStatus } from './import-types.ts';

export type ImportJobStatus = JobStatus<ImportResult>;

export interface ImportJob extends Omit<Job<ImportResult>, 'start'> {
  start: (request: CallInput<'import:start'>) => Promise<void>;
}

/** The import wizard's job: `import:start` on the host, then the shared polling and cancel. */
export function useImportJob(): ImportJob {
  const job = useJob<ImportResult>();
  const { start: startJob } = job;
  const start = useCallback((request: CallInput<'import:start'>) => startJob(() => api.run('import:start', request)), [startJob]);
  return { ...job, start };
}
