import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { JobProgress } from './JobProgress.tsx';
import type { ImportResult } from './import-types.ts';
import type { ImportJob } from './use-import-job.ts';

interface JobViewProps {
  job: ImportJob;
  runningTitle: string;
  children: (result: ImportResult) => ReactNode;
}

/** A job as the clerk follows it: progress while it runs, then its result, or why it stopped. */
export function JobView({ job, runningTitle, children }: JobViewProps) {
  const { status, error } = job;
  if (error) return <ErrorAlert error={error} />;
  if (!status || status.state === 'running')
    return <JobProgress title={runningTitle} status={status} cancelling={job.cancelRequested} onCancel={job.cancel} />;
  if (status.state === 'cancelled') {
    return (
      <Alert severity="warning" data-testid="import-cancelled">
        {status.error ?? '已取消导入，没有写入任何数据。'}
      </Alert>
    );
  }
  if (status.state === 'failed' || !status.result) return <ErrorAlert error={status.error ?? '导入没有完成。'} />;
  return (
    <>
      {job.cancelRequested && (
        <Alert severity="info">按下“取消”时已经处理完毕，取消没有生效。{status.result.dryRun ? '' : '数据已经写入。'}</Alert>
      )}
      {children(status.result)}
    </>
  );
}

/** The job's result once it is done; null while it runs or when it stopped. */
export function doneResult(job: ImportJob): ImportResult | null {
  return job.status?.state === 'done' ? job.status.result : null;
}
