import type { BatchResult } from '../../../electron/api/types.ts';
import { useJob } from '../common/use-job.ts';

/** One batch of documents on the host (docs:notices or docs:sheets), polled and cancellable. */
export function useDocJob() {
  const job = useJob<BatchResult>();
  return { ...job, clear: job.reset };
}
