import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors.ts';
import type { JobHooks, JobStatus } from '../../jobs/job-registry.ts';
import { getSettings } from '../../settings/settings-service.ts';
import { BatchCancelled } from './batch-render.ts';
import { requireContact } from '../data/contact-check.ts';
import { todayIso } from '../data/doc-dates.ts';
import { writeBatch, type BatchResult } from './document-batch.ts';
import { chooseDocumentFonts, type DocumentFonts } from '../pdf/fonts.ts';
import { gatherNoticeDrafts, issueNoticeNumbers } from '../data/notice-data.ts';
import { gatherSheets } from '../data/record-sheet-data.ts';
import { loadTemplate } from '../templates/template-store.ts';

/** Where a batch goes: a folder of one PDF per entity, one combined PDF for printing, or both. */
export interface BatchTarget {
  outDir?: string | undefined;
  combinedPath?: string | undefined;
  /** The fonts (default: this PC's choice); tests pass the bundled ones. */
  fonts?: DocumentFonts;
}

/** Refuses a batch with nowhere to go before any 文号 is issued for it. */
function requireTarget(target: BatchTarget): void {
  if (!target.outDir && !target.combinedPath) throw new AppError('请选择保存文件夹（每户一个 PDF），或合并打印用的 PDF 文件。');
  for (const dir of [target.outDir, target.combinedPath && path.dirname(path.resolve(target.combinedPath))]) {
    if (dir && !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw new AppError(`文件夹“${dir}”不存在。请重新选择保存位置。`);
  }
}

/**
 * Runs a batch, and writes to the log why it failed: which document and entity, and the English
 * cause. The job registry logs only unexpected errors, and a batch's failures reach it as Chinese
 * AppErrors (from its worker thread), whose cause would otherwise be lost.
 */
function logged<R>(ctx: AppContext, kind: string, taskId: number, work: (hooks: JobHooks) => Promise<R>): (hooks: JobHooks) => Promise<R> {
  return async (hooks) => {
    try {
      return await work(hooks);
    } catch (err) {
      if (err instanceof AppError && !(err instanceof BatchCancelled) && !hooks.signal.aborted) {
        ctx.log(`${kind} for task ${taskId} failed: ${err.logCause ?? 'no cause recorded'} | ${err.message}`);
      }
      throw err;
    }
  };
}

/**
 * Starts writing a task's 检查通知书, one per drawn entity, as a job (progress, cancel). Everything
 * that can be refused is checked first and the 文号 are issued, in draw order, before the job
 * starts; files are named “<文号> <名称>.pdf”.
 */
export function startNoticeBatch(
  ctx: AppContext,
  input: BatchTarget & { taskId: number; date?: string | undefined },
): JobStatus<BatchResult> {
  requireTarget(input);
  const template = loadTemplate(ctx.db, ctx.resourcesDir, 'notice');
  requireContact('notice', template, getSettings(ctx.db));
  const notices = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, ctx.resourcesDir, input.taskId), input.date ?? todayIso());
  const fonts = input.fonts ?? chooseDocumentFonts();
  const numbers = notices.map((n) => n.docNumber);
  const docNumbers = numbers.length === 0 ? null : numbers.length === 1 ? numbers[0]! : `${numbers[0]} 至 ${numbers.at(-1)}`;
  return ctx.jobs.start(
    'docs:notices',
    logged(ctx, 'docs:notices', input.taskId, async (hooks) => ({
      ...(await writeBatch(
        {
          job: { kind: 'notices', documents: notices, template, fonts },
          fileStems: notices.map((n) => `${n.docNumber} ${n.entity.name}`),
          outDir: input.outDir,
          combinedPath: input.combinedPath,
        },
        hooks,
      )),
      docNumbers,
    })),
  );
}

/** Starts writing a task's 随机抽查情况记录表, one per drawn entity, as a job. */
export function startSheetBatch(ctx: AppContext, input: BatchTarget & { taskId: number }): JobStatus<BatchResult> {
  requireTarget(input);
  const template = loadTemplate(ctx.db, ctx.resourcesDir, 'recordSheet');
  const sheets = gatherSheets(ctx.db, input.taskId);
  const fonts = input.fonts ?? chooseDocumentFonts();
  const stems = sheets.map((s) => `随机抽查情况记录表 ${s.task.code}-${String(s.position).padStart(3, '0')} ${s.entity.name}`);
  return ctx.jobs.start(
    'docs:sheets',
    logged(ctx, 'docs:sheets', input.taskId, (hooks) =>
      writeBatch(
        {
          job: { kind: 'sheets', documents: sheets, template, fonts },
          fileStems: stems,
          outDir: input.outDir,
          combinedPath: input.combinedPath,
        },
        hooks,
      ),
    ),
  );
}
