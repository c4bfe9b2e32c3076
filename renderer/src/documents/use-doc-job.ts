import type { BatchResult } from '../../../electron/core/documents/batches/document-batch.ts';
import type { JobStatus } from '../../../electron/core/jobs/job-registry.ts';
import { useJob } from '../common/use-job.ts';

export type DocJobStatus = JobStatus<BatchResult>;

/** One batch of documents on the host (docs:notices or docs:sheets), polled and cancellable. */
export function useDocJob() {
  const job = useJob<BatchResult>();
  return { ...job, clear: job.reset };
}
