import { call } from '../define.ts';
import { jobId } from './shared.ts';

/** Long work (imports, document batches) runs as a job the screens follow and may cancel. */
export const jobCalls = {
  'jobs:get': call(jobId, '查看任务进度', (ctx, { jobId }) => ctx.jobs.status(jobId)),
  'jobs:wait': call(jobId, '等待任务结束', (ctx, { jobId }) => ctx.jobs.wait(jobId)),
  'jobs:cancel': call(jobId, '取消任务（不写入任何数据）', (ctx, { jobId }) => ctx.jobs.cancel(jobId)),
} as const;
