import { z } from 'zod';
import { listAudit } from '../../core/audit/audit-log.ts';
import { auditHead, verifyHistory } from '../../core/audit/history-check.ts';
import { call } from '../define.ts';
import { nothing } from './shared.ts';

/** 审计日志 and the hash chains that make history tamper-evident. */
export const auditCalls = {
  'audit:verify': call(
    z.object({ anchor: z.string().trim().max(100, '锚定值过长').optional() }),
    '校验审计日志和全部抽取记录的哈希链（可给出抽取记录上印的哈希值作为锚定）',
    (ctx, { anchor }) => verifyHistory(ctx.db, anchor),
  ),
  'audit:head': call(nothing, '审计日志当前的链头（供登记台账）', (ctx) => auditHead(ctx.db)),
  'audit:list': call(
    z.object({ limit: z.number().int('条数应为整数').min(1, '条数至少为 1').max(5000, '一次最多查看 5000 条').optional() }),
    '最近的审计日志',
    (ctx, { limit }) => listAudit(ctx.db, limit),
  ),
} as const;
