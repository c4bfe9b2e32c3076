import { z } from 'zod';
import { exportDrawRecord, exportNotice, exportPublication, exportSheet } from '../../core/documents/batches/document-export.ts';
import { startNoticeBatch, startSheetBatch } from '../../core/documents/batches/document-jobs.ts';
import { listDocNumbers } from '../../core/documents/data/doc-number.ts';
import { saveTaskMaterials, taskMaterials } from '../../core/documents/data/task-materials.ts';
import { documentFontsInfo } from '../../core/documents/pdf/fonts.ts';
import { call } from '../define.ts';
import { id, isoDate, nothing, outDir, outFile } from './shared.ts';

const date = isoDate('成文日期', '2026-11-24');
const batch = z
  .object({ taskId: id, outDir: outDir.optional(), combinedPath: outFile.optional() })
  .refine((b) => b.outDir !== undefined || b.combinedPath !== undefined, {
    message: '请选择保存文件夹（每户一个 PDF），或合并打印用的 PDF 文件',
    path: ['outDir'],
  });

/** 文书: notices, draw records, record sheets, 公示, the materials list and the fonts they use. */
export const documentCalls = {
  'docs:notices': call(
    batch.and(z.object({ date: date.optional() })),
    '生成任务的全部检查通知书（每户一个 PDF 和/或合并 PDF），返回任务进度',
    (ctx, input) => startNoticeBatch(ctx, input),
  ),
  'docs:notice': call(
    z.object({ taskId: id, entityId: id, path: outFile, date: date.optional() }),
    '生成一户的检查通知书（已有文号的沿用原文号和日期）',
    (ctx, input) => exportNotice(ctx.db, ctx.resourcesDir, input),
  ),
  'docs:numbers': call(z.object({ taskId: id }), '任务已编发的文号', (ctx, { taskId }) => listDocNumbers(ctx.db, taskId)),
  'docs:record': call(z.object({ drawId: id, path: outFile }), '生成随机抽取记录（作废的抽取标明作废及理由）', (ctx, input) =>
    exportDrawRecord(ctx.db, ctx.resourcesDir, input),
  ),
  'docs:sheets': call(batch, '生成任务的全部随机抽查情况记录表，返回任务进度', (ctx, input) => startSheetBatch(ctx, input)),
  'docs:sheet': call(z.object({ taskId: id, entityId: id, path: outFile }), '生成一户的随机抽查情况记录表', (ctx, input) =>
    exportSheet(ctx.db, ctx.resourcesDir, input),
  ),
  'docs:publication': call(
    z.object({ taskId: id, publicationId: id.optional(), path: outFile }),
    '打印已生成的公示（默认任务最近一次公示；按文件扩展名保存为 .pdf 或 .xlsx）',
    (ctx, input) => exportPublication(ctx.db, ctx.resourcesDir, input),
  ),
  'docs:fonts': call(nothing, '文书将使用的字体（本机字体或程序自带字体）', () => documentFontsInfo()),
  'docs:materials': call(z.object({ taskId: id }), '任务检查通知书中“需要准备的资料”', (ctx, { taskId }) =>
    taskMaterials(ctx.db, ctx.resourcesDir, taskId),
  ),
  'docs:saveMaterials': call(
    z.object({
      taskId: id,
      list: z.array(z.string().max(2000, '每项资料不能超过 2000 字')).max(100, '资料清单不能超过 100 项').nullable(),
    }),
    '修改任务的“需要准备的资料”（list 为 null 时恢复默认清单）',
    (ctx, { taskId, list }) => saveTaskMaterials(ctx.db, ctx.resourcesDir, taskId, list),
  ),
} as const;
