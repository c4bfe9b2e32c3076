import type { GroupQuota } from '../../draw/draw-algorithm.ts';
import type { DrawRecord } from '../../draw/draw-read.ts';
import type { TaskFilters } from '../../tasks/task-schema.ts';
import { chineseDate, chineseDateTime } from './doc-dates.ts';

/** 64 hex digits in groups of eight: readable aloud, and a table cell can wrap between groups. */
export function groupedHex(hex: string): string {
  return hex.match(/.{1,8}/g)?.join(' ') ?? hex;
}

/**
 * 定向条件 as a record prints them. A task may narrow the pool by 信用风险分类 or set ratios per
 * class; the classes are internal (never printed on a document), so only the fact is stated.
 */
export function describeFilters(filters: unknown, quotas: readonly GroupQuota[]): string {
  const f = (filters ?? {}) as Partial<TaskFilters>;
  const parts: string[] = [];
  if (f.area?.length) parts.push(`区域：${f.area.join('、')}`);
  if (f.industry?.length) parts.push(`行业：${f.industry.join('、')}`);
  if (f.entityType?.length) parts.push(`主体类型：${f.entityType.join('、')}`);
  if ((f.riskClass?.length ?? 0) > 0 || quotas.some((q) => q.group !== '')) parts.push('按信用风险分类确定抽查范围或比例（分类结果不公开）');
  return parts.length > 0 ? parts.join('；') : '不定向（抽取范围内全部检查对象）';
}

function period(start: string | null, end: string | null): string {
  if (!start && !end) return '未填写';
  return `${start ? chineseDate(start) : ''}至${end ? chineseDate(end) : ''}`;
}

/** The facts of a draw, label and value, in the order a reader checks them. */
export function drawFacts(draw: DrawRecord, filters: string): [string, string][] {
  const t = draw.params.task;
  const p = draw.params;
  return [
    ['抽查任务', `${t.code}　${t.name}`],
    ['抽查事项', t.items.map((name, i) => `${i + 1}. ${name}`).join('\n')],
    ['实施部门', t.department || '未填写'],
    ['检查时间', period(t.periodStart, t.periodEnd)],
    ['抽取范围', t.roster ? `名录“${t.roster}”` : '全部市场主体'],
    ['定向条件', filters],
    ['候选对象', `${draw.poolSize} 户（已排除注销、吊销、撤销、迁出的 ${p.excluded.closed} 户，近期已抽查的 ${p.excluded.repeat} 户）`],
    ['抽取要求', `${draw.selected.length} 户；每户执法检查人员 ${p.perEntity} 名${p.withLeader ? '，首位为检查组组长' : ''}${p.sameAreaRecusal ? '，执行同所回避' : ''}`],
    ['抽取时间', chineseDateTime(draw.drawnAt)],
    ['操作人', draw.operator],
    ['监督人', draw.witness],
    ['算法版本', draw.algorithm],
    ['随机种子', groupedHex(draw.seed)],
    ['候选名单指纹', `${groupedHex(draw.poolHash)}（SHA-256）`],
    ['记录编号', `#${draw.id}　记录哈希 ${groupedHex(draw.hash)}`],
  ];
}
