import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../core/documents/templates/template-catalog.ts';
import { renderTemplatePreview } from '../../core/documents/templates/template-preview.ts';
import { listTemplates, resetTemplate, saveTemplate } from '../../core/documents/templates/template-store.ts';
import { call } from '../define.ts';
import { nothing, outFile } from './shared.ts';

const templateType = z.enum(DOCUMENT_TYPES, { error: `文书类型只能是：${DOCUMENT_TYPES.join('、')}` });
// The length limit is the core's, whose message names the document type.
const templateText = z.string({ error: '模板内容应为文字' });

/** The clerk's own wording of each document type, with placeholders the program fills. */
export const templateCalls = {
  'templates:list': call(nothing, '列出各类文书的模板、可用占位符和默认内容', (ctx) => listTemplates(ctx.db, ctx.resourcesDir)),
  'templates:save': call(z.object({ type: templateType, text: templateText }), '保存文书模板（检查占位符）', (ctx, { type, text }) =>
    saveTemplate(ctx.db, ctx.resourcesDir, type, text),
  ),
  'templates:reset': call(z.object({ type: templateType }), '恢复文书的默认模板', (ctx, { type }) =>
    resetTemplate(ctx.db, ctx.resourcesDir, type),
  ),
  'templates:preview': call(
    z.object({ type: templateType, text: templateText, path: outFile }),
    '用示例数据按未保存的模板生成预览 PDF',
    (ctx, input) => renderTemplatePreview(ctx.db, ctx.resourcesDir, input),
  ),
} as const;
