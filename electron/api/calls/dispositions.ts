import { abnormalListDuties, recordListing, recordListingSchema } from '../../core/results/abnormal-list.ts';
import {
  closeDisposition,
  closeDispositionSchema,
  dispositionListSchema,
  openDispositions,
  reopenDisposition,
  reopenDispositionSchema,
} from '../../core/results/dispositions.ts';
import { overdueSummary } from '../../core/results/overdue.ts';
import { call } from '../define.ts';
import { nothing } from './shared.ts';

/** 待办: 后续处置 to their 完结, the 经营异常名录 duty of 无法联系, and what is past its deadline. */
export const dispositionCalls = {
  'dispositions:list': call(dispositionListSchema, '需要后续处置的检查结果（open：只看未完结），含完结情况和已过天数', (ctx, input) =>
    openDispositions(ctx.db, input),
  ),
  'dispositions:close': call(closeDispositionSchema, '登记后续处置完结：完结日期（不早于检查日期、不晚于今天）和完结情况', (ctx, input) =>
    closeDisposition(ctx.db, input),
  ),
  'dispositions:reopen': call(reopenDispositionSchema, '撤销后续处置的完结（须写明理由）', (ctx, input) =>
    reopenDisposition(ctx.db, input),
  ),
  'deadlines:abnormal': call(nothing, '检查发现无法联系、应在 10 个工作日内列入经营异常名录的检查对象及期限', (ctx) =>
    abnormalListDuties(ctx.db),
  ),
  'deadlines:record': call(recordListingSchema, '登记已列入经营异常名录（列入日期、决定书文号）', (ctx, input) =>
    recordListing(ctx.db, input),
  ),
  'deadlines:overdue': call(nothing, '已逾期和即将到期的事项（公示、列入经营异常名录）及未完结的后续处置数', (ctx) =>
    overdueSummary(ctx.db),
  ),
} as const;
