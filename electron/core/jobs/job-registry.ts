import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';
import { busyAsAppError } from '../db/busy.ts';

export interface JobProgress {
  rows: number;
  rowsPerSecond: number;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What the screen polls: how far a long job has come, and how it ended. */
export interface JobStatus<R = unknown> {
  id: string;
  kind: string;
  state: JobState;
  progress: JobProgress;
  result: R | null;
  error: string | null;
  startedAt: string;
}

interface Job extends JobStatus {
  controller: AbortController;
  finished: Promise<void>;
}

export interface JobHooks {
  onProgress: (progress: JobProgress) => void;
  signal: AbortSignal;
}

const KEEP_FINISHED = 20;

/**
 * Long work (imports, batches of documents) runs as a job: the call that starts it returns at
 * once with an id, the screen polls its progress, and a cancel aborts it. The work itself makes
 * sure a cancel leaves nothing half-written.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private readonly log: (line: string) => void;

  constructor(log: (line: string) => void) {
    this.log = log;
  }

  start<R>(kind: string, work: (hooks: JobHooks) => Promise<R>): JobStatus<R> {
    const controller = new AbortController();
    const job: Job = {
      id: randomUUID(),
      kind,
      state: 'running',
      progress: { rows: 0, rowsPerSecond: 0 },
      result: null,
      error: null,
      startedAt: new Date().toISOString(),
      controller,
      finished: Promise.resolve(),
    };
    job.finished = work({ onProgress: (p) => (job.progress = p), signal: controller.signal }).then(
      (result) => {
        job.result = result;
        job.state = 'done';
      },
      (failure: unknown) => {
        const err = busyAsAppError(failure);
        job.state = controller.signal.aborted ? 'cancelled' : 'failed';
        job.error = err instanceof AppError ? err.message : '处理时遇到意外问题，请查看日志。';
        if (!(err instanceof AppError)) this.log(`job ${kind} ${job.id}: ${err instanceof Error ? err.stack : String(err)}`);
      },
    );
    this.jobs.set(job.id, job);
    this.prune();
    return this.status(job.id) as JobStatus<R>;
  }

  status(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('该任务已结束或不存在，请重新开始。', { cause: `job ${id} not found` });
    const { controller: _c, finished: _f, ...status } = job;
    return { ...status, progress: { ...status.progress } };
  }

  /** Resolves when the job has ended, whichever way (for the CLI, which has nothing else to do). */
  async wait(id: string): Promise<JobStatus> {
    await this.jobs.get(id)?.finished;
    return this.status(id);
  }

  anyRunning(): boolean {
    return [...this.jobs.values()].some((j) => j.state === 'running');
  }

  cancel(id: string): JobStatus {
    this.jobs.get(id)?.controller.abort();
    return this.status(id);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.id);
  }
}
