import path from 'node:path';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { startNoticeBatch } from '../../../electron/core/documents/batches/document-jobs.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';

const RESOURCES_DIR = path.join(import.meta.dirname, '..', '..', '..', 'resources');

/**
 * A notice batch to be killed mid-way by batch-kill.test.ts: `DB TASK OUTDIR COMBINED`. It says
 * `rows N` as the documents are drawn, so the test can kill it while the staging folder is full.
 */
const [dbPath, taskId, outDir, combinedPath] = process.argv.slice(2) as [string, string, string, string];
const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
const job = startNoticeBatch(ctx, { taskId: Number(taskId), outDir, combinedPath, date: '2026-11-24', fonts: chooseDocumentFonts([]) });
let last = -1;
const timer = setInterval(() => {
  const { progress } = ctx.jobs.status(job.id);
  if (progress.rows !== last) process.stdout.write(`rows ${(last = progress.rows)}\n`);
}, 5);
const status = await ctx.jobs.wait(job.id);
clearInterval(timer);
process.stdout.write(status.state === 'done' ? 'done\n' : `failed ${status.error}\n`);
