import { z } from 'zod';
import type { BatchResult } from '../../core/documents/batches/document-batch.ts';
import type { DocumentFile } from '../../core/documents/batches/document-export.ts';
import type { IssuedNumber } from '../../core/documents/data/doc-number.ts';
import type { DocumentFontsInfo } from '../../core/documents/pdf/fonts.ts';
import type { TaskMaterials } from '../../core/documents/data/task-materials.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../core/documents/templates/template-catalog.ts';
import type { TemplateInfo } from '../../core/documents/templates/template-store.ts';
import type { JobStatus } from '../../core/jobs/job-registry.ts';
import { call } from '../define.ts';
import { id, nothing, outDir, outFile } from './shared.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '成文日期应为日期，如 2026-11-24');
const batch = z
  .object({ taskId: id, outDir: outDir.optional(), combinedPath: outFile.optional() })
  .refine((b) => b.outDir !== undefined || b.combinedPath !== undefined, { message: '请选择保存文件夹（每户一个 PDF），或合并打印用的 PDF 文件', path: ['outDir'] });
const templateType = z.enum(DOCUMENT_TYPES, { error: `文书类型只能是：${DOCUMENT_TYPES.join('、')}` });

/** 文书: notices, draw records, record sheets, 公示, their templates and fonts. */
export const documentCalls = {
  'docs:notices': call(
    batch.and(z.object({ date: date.optional() })),
    '生成任务的全部检查通知书（每户一个 PDF 和/或合并 PDF），返回任务进度',
  ).returns<JobStatus<BatchResult>>(),
  'docs:notice': call(
    z.object({ taskId: id, entityId: id, path: outFile, date: date.optional() }),
    '生成一户的检查通知书（已有文号的沿用原文号和日期）',
  ).returns<DocumentFile>(),
  'docs:numbers': call(z.object({ taskId: id }), '任务已编发的文号').returns<(IssuedNumber & { type: DocumentType; entityName: string })[]>(),
  'docs:record': call(z.object({ drawId: id, path: outFile }), '生成随机抽取记录（作废的抽取标明作废及理由）').returns<DocumentFile>(),
  'docs:sheets': call(batch, '生成任务的全部随机抽查情况记录表，返回任务进度').returns<JobStatus<BatchResult>>(),
  'docs:sheet': call(z.object({ taskId: id, entityId: id, path: outFile }), '生成一户的随机抽查情况记录表').returns<DocumentFile>(),
  'docs:publication': call(
    z.object({ taskId: id, path: outFile, date: date.optional() }),
    '生成抽查结果公示（按文件扩展名保存为 .pdf 或 .xlsx）',
  ).returns<DocumentFile>(),
  'docs:fonts': call(nothing, '文书将使用的字体（本机字体或程序自带字体）').returns<DocumentFontsInfo>(),
  'docs:materials': call(z.object({ taskId: id }), '任务检查通知书中“需要准备的资料”').returns<TaskMaterials>(),
  'docs:saveMaterials': call(
    z.object({ taskId: id, list: z.array(z.string().max(2000)).max(100).nullable() }),
    '修改任务的“需要准备的资料”（list 为 null 时恢复默认清单）',
  ).returns<TaskMaterials>(),
  'templates:list': call(nothing, '列出各类文书的模板、可用占位符和默认内容').returns<TemplateInfo[]>(),
  'templates:save': call(z.object({ type: templateType, text: z.string() }), '保存文书模板（检查占位符）').returns<TemplateInfo>(),
  'templates:reset': call(z.object({ type: templateType }), '恢复文书的默认模板').returns<TemplateInfo>(),
  'templates:preview': call(
    z.object({ type: templateType, text: z.string(), path: outFile }),
    '用示例数据按未保存的模板生成预览 PDF',
  ).returns<DocumentFile>(),
} as const;
