import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import { workerFile } from '../../files/worker-file.ts';
import type { JobHooks } from '../../jobs/job-registry.ts';
import { BatchCancelled, renderBatch, type RenderJob } from './batch-render.ts';
import { uniqueFileNames } from './file-names.ts';
import { removeStaleTemps, stagingPrefix, tempNameBeside } from '../../files/stale-temps.ts';

/** What a batch wrote: the folder and its files, and/or the combined PDF. */
export interface BatchResult {
  count: number;
  folder: string | null;
  files: string[];
  combinedPath: string | null;
  /** The notices' 文号 in draw order: “…3号” or “…3号 至 …8号”; null for other documents. */
  docNumbers: string | null;
}

/** A batch to write: the documents (as `RenderJob` without its paths) and where they go. */
export interface BatchRequest {
  job: Omit<RenderJob, 'files' | 'combined'>;
  /** One stem per document, e.g. “大同县市监〔2026〕3号 某某商贸有限公司”. */
  fileStems: string[];
  outDir?: string | undefined;
  combinedPath?: string | undefined;
}

async function checkFolder(dir: string): Promise<void> {
  const stat = await fsp.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new AppError(`文件夹“${dir}”不存在。请重新选择保存位置。`);
}

const tempName = (target: string) => tempNameBeside(target, Date.now().toString(36));

/**
 * Writes a batch so that a cancel or a failure leaves nothing behind: the separate files go to a
 * hidden folder inside the chosen one (same disk, so moving is a rename) and the combined PDF to a
 * temporary name; only when every document is drawn are they moved to their names. What a killed
 * batch left in the same places is removed first (stale-temps.ts).
 */
export async function writeBatch(request: BatchRequest, hooks: JobHooks): Promise<BatchResult> {
  const { outDir, combinedPath } = request;
  if (!outDir && !combinedPath) throw new AppError('请选择保存文件夹，或合并后的 PDF 文件。');
  if (outDir) await checkFolder(outDir);
  if (combinedPath) await checkFolder(path.dirname(path.resolve(combinedPath)));
  if (outDir) await removeStaleTemps(outDir);
  if (combinedPath) await removeStaleTemps(path.dirname(path.resolve(combinedPath)), path.basename(combinedPath));
  const names = uniqueFileNames(request.fileStems);
  const staging = outDir ? await makeStaging(outDir) : null;
  const combinedTemp = combinedPath ? tempName(path.resolve(combinedPath)) : null;
  const job = { ...request.job, files: staging ? names.map((n) => path.join(staging, n)) : null, combined: combinedTemp } as RenderJob;
  try {
    await renderInThreads(job, hooks);
    // A 取消 that came as the last thread finished still means nothing is saved.
    if (hooks.signal.aborted) throw new BatchCancelled();
  } catch (err) {
    await cleanUp(staging, combinedTemp);
    throw hooks.signal.aborted ? new BatchCancelled() : err;
  }
  const files = staging && outDir ? await moveAll(staging, outDir, names) : [];
  if (combinedPath && combinedTemp)
    await fsp.rename(combinedTemp, combinedPath).catch((err: unknown) => Promise.reject(moveError(combinedPath, err)));
  return { count: job.documents.length, folder: outDir ?? null, files, combinedPath: combinedPath ?? null, docNumbers: null };
}

async function makeStaging(outDir: string): Promise<string> {
  try {
    return await fsp.mkdtemp(path.join(outDir, stagingPrefix()));
  } catch (err) {
    throw new AppError(`无法在文件夹“${outDir}”中保存文件：没有写入权限或磁盘已满。请换一个文件夹后重试。`, { cause: String(err) });
  }
}

async function cleanUp(staging: string | null, combinedTemp: string | null): Promise<void> {
  if (staging) await fsp.rm(staging, { recursive: true, force: true }).catch(() => {});
  if (combinedTemp) await fsp.rm(combinedTemp, { force: true }).catch(() => {});
}

function moveError(target: string, err: unknown): AppError {
  return new AppError(`无法保存“${target}”：同名文件可能正被其他程序（如 PDF 阅读器）打开。请关闭该文件后重新生成。`, {
    cause: String(err),
  });
}

async function moveAll(staging: string, outDir: string, names: string[]): Promise<string[]> {
  const failed: string[] = [];
  const moved: string[] = [];
  for (const name of names) {
    const target = path.join(outDir, name);
    try {
      await fsp.rename(path.join(staging, name), target);
      moved.push(target);
    } catch {
      failed.push(name);
    }
  }
  await fsp.rm(staging, { recursive: true, force: true }).catch(() => {});
  if (failed.length > 0) {
    throw new AppError(
      `有 ${failed.length} 个文件未能保存（同名文件可能正被 PDF 阅读器等程序打开）：${failed.slice(0, 5).join('、')}${failed.length > 5 ? '等' : ''}。其余 ${moved.length} 个已保存。请关闭这些文件后重新生成。`,
    );
  }
  return moved;
}

/** Progress as the job registry wants it: documents done and their rate. */
function progressReporter(hooks: JobHooks): (done: number) => void {
  const started = performance.now();
  return (done) => {
    const seconds = (performance.now() - started) / 1000;
    hooks.onProgress({ rows: done, rowsPerSecond: seconds > 0 ? Math.round((done / seconds) * 10) / 10 : 0 });
  };
}

/**
 * Separate files are drawn by two threads, half each, from this many documents on: a thread
 * spends about a second parsing its fonts, which a small batch would not win back.
 */
const SPLIT_FROM = 40;

/**
 * The batch as the jobs its threads draw, in stages: the separate files in two halves side by
 * side (500 notices take 40% less time on two cores), then the combined PDF, which is one
 * document and so one thread.
 */
function stagesOf(job: RenderJob): RenderJob[][] {
  const { files } = job;
  if (!files || job.documents.length < SPLIT_FROM || os.availableParallelism() < 2) return [[job]];
  const half = Math.ceil(job.documents.length / 2);
  const part = (from: number, to?: number) =>
    ({ ...job, documents: job.documents.slice(from, to), files: files.slice(from, to), combined: null }) as RenderJob;
  const halves = [part(0, half), part(half)];
  return job.combined ? [halves, [{ ...job, files: null }]] : [halves];
}

const outputsOf = (job: RenderJob) => (job.files ? 1 : 0) + (job.combined ? 1 : 0);

/**
 * Runs `renderBatch` in worker threads, all ended at once on cancel or when one of them fails;
 * in this thread when no worker script ships.
 */
async function renderInThreads(job: RenderJob, hooks: JobHooks): Promise<void> {
  const report = progressReporter(hooks);
  const script = workerFile(import.meta.url, 'batch-worker');
  if (!fs.existsSync(fileURLToPath(script))) {
    await renderBatch(job, report, () => hooks.signal.aborted);
    return;
  }
  const stop = new AbortController();
  const stopAll = () => stop.abort();
  hooks.signal.addEventListener('abort', stopAll, { once: true });
  if (hooks.signal.aborted) stopAll();
  try {
    const stages = stagesOf(job);
    // Each thread reports its documents' worth over its own outputs; one figure for the batch
    // counts every output drawn and shares it out the same way.
    const drawn = new Map<RenderJob, number>();
    const reportAll = () => report(Math.floor([...drawn.values()].reduce((a, b) => a + b, 0) / outputsOf(job)));
    for (const stage of stages) {
      if (stop.signal.aborted) throw new BatchCancelled();
      const runs = stage.map((part) =>
        renderInWorker(script, part, stop.signal, (n) => {
          drawn.set(part, n * outputsOf(part));
          reportAll();
        }).catch((err: unknown) => {
          stopAll();
          throw err;
        }),
      );
      const settled = await Promise.allSettled(runs);
      // The first thread's own failure, not the stops it caused in the others.
      const failed =
        settled.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof BatchCancelled)) ??
        settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
  } finally {
    hooks.signal.removeEventListener('abort', stopAll);
  }
}

/**
 * One job in one worker thread, ended at once when `signal` aborts. It settles only when the
 * thread has ended, so that no file is still being written when the caller cleans up.
 */
function renderInWorker(script: URL, job: RenderJob, signal: AbortSignal, onProgress: (done: number) => void): Promise<void> {
  if (signal.aborted) return Promise.reject(new BatchCancelled());
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    const stop = () => void worker.terminate();
    signal.addEventListener('abort', stop, { once: true });
    let outcome: { error?: unknown } | null = null;
    worker.on('message', (msg: { progress?: number; done?: true; error?: string; cause?: string }) => {
      if (msg.progress !== undefined) onProgress(msg.progress);
      else if (msg.done) outcome ??= {};
      else if (msg.error) outcome ??= { error: new AppError(msg.error, msg.cause ? { cause: msg.cause } : {}) };
    });
    worker.on('error', (error) => (outcome ??= { error }));
    // A result posted just before the thread ends is delivered first; give it that turn.
    worker.on('exit', () =>
      setImmediate(() => {
        signal.removeEventListener('abort', stop);
        if (outcome?.error) reject(outcome.error);
        else if (signal.aborted) reject(new BatchCancelled());
        else if (outcome) resolve();
        else reject(new Error('document worker ended without a result'));
      }),
    );
  });
}
