import { z } from 'zod';
import { isoDate } from '../iso-date.ts';

/** 核查方式 (multi-select), as the provincial platform lists them. */
export const CHECK_METHODS = ['实地检查', '书面检查', '行政部门检查结果或专业意见', '检验检测', '网络监测', '委托专业机构辅助'] as const;
/** 后续处置, as the provincial platform words them (DOMAIN.md). */
export const DISPOSALS = [
  '未发现问题或相关问题已规范已改正，无需后续处置',
  '停止检查，反馈至日常监管部门依法依规处理',
  '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责',
  '发现案件线索，初步固定相关证据后移送办案机构依法依规处理',
  '违反其他部门相关规定，抄告相关部门',
  '其他',
] as const;
export type Disposal = (typeof DISPOSALS)[number];

/** The 后续处置 that needs no follow-up: 完结 the day it is found. */
export const NO_FOLLOW_UP: Disposal = DISPOSALS[0];

/**
 * Shorter words for the same 后续处置, as clerks, older versions of this program and other
 * programs' sheets write them; each maps onto the platform's words.
 */
export const DISPOSAL_SYNONYMS: Record<string, Disposal> = {
  无须后置处置措施: DISPOSALS[0],
  无需后续处置: DISPOSALS[0],
  无需后置处置: DISPOSALS[0],
  未发现问题: DISPOSALS[0],
  反馈日常监管部门: DISPOSALS[1],
  停止检查: DISPOSALS[1],
  责令限期整改: DISPOSALS[2],
  责令改正: DISPOSALS[2],
  '发现案件线索，移送办案机构': DISPOSALS[3],
  移送办案机构: DISPOSALS[3],
  移送立案: DISPOSALS[3],
  抄告相关部门: DISPOSALS[4],
  抄告: DISPOSALS[4],
};

/** The platform's words for a 后续处置 written any known way; the text itself otherwise. */
export function disposalFromText(text: string): string {
  const t = text.trim().replace(/[,，]\s*/g, '，');
  return DISPOSAL_SYNONYMS[t] ?? t;
}

/** 是否检查 / 发现问题 / 处置情况 for one 检查事项 of the task: one row of the 随机抽查情况记录表. */
export const itemFindingSchema = z.object({
  itemId: z.number({ error: '检查事项编号必须是数字' }).int('检查事项编号必须是整数').positive('检查事项编号必须是正整数'),
  checked: z.boolean({ error: '是否检查只能是“是”或“否”' }),
  /** 发现问题: '' when none was found. */
  problem: z.string({ error: '发现问题必须是文字' }).trim().max(500, '每个检查事项的发现问题不能超过 500 字').default(''),
  /** 处置情况 of that problem. */
  handling: z.string({ error: '处置情况必须是文字' }).trim().max(500, '每个检查事项的处置情况不能超过 500 字').default(''),
});
export type ItemFinding = z.output<typeof itemFindingSchema>;

const date = isoDate('检查日期', '2026-12-05');

/** One entity's result in one task, as entered on the grid, in bulk or from Excel. */
export const resultInputSchema = z.object({
  codes: z.array(z.string().min(1, '检查结果代码不能为空')).min(1, '请至少选择一个检查结果'),
  methods: z.array(z.enum(CHECK_METHODS, { error: `核查方式只能是：${CHECK_METHODS.join('、')}` })).default([]),
  disposal: z
    .preprocess(
      (v) => (typeof v === 'string' ? disposalFromText(v) : v),
      z.union([
        z.enum(DISPOSALS, { error: `后续处置只能是：${DISPOSALS.join('、')}` }),
        z.literal('', { error: `后续处置只能是：${DISPOSALS.join('、')}` }),
      ]),
    )
    .default(''),
  inspectedOn: date.nullable().default(null),
  findings: z.string().trim().max(2000, '发现问题不能超过 2000 字').default(''),
  notes: z.string().trim().max(1000, '备注不能超过 1000 字').default(''),
  inspectorsPresent: z.array(z.string()).default([]),
  /**
   * One per 检查事项 of the task. Left out, a new result has every item 已检查 with nothing found
   * (or 未检查 when a code says the entity could not be inspected), and a changed one keeps its own.
   */
  itemFindings: z.array(itemFindingSchema).max(200, '检查事项不能超过 200 项').optional(),
});

export type ResultInput = z.input<typeof resultInputSchema>;
export type ResultFields = z.output<typeof resultInputSchema>;

export interface ResultCode {
  code: string;
  label: string;
  problem: boolean;
  active: boolean;
}

/** Where a result stands: 未录入 → 已录入 → 已审核 (退回: back to 已录入 with a reason) → 已公示. */
export type ResultStatus = '已录入' | '已审核';

/** A result as stored, with who entered and reviewed it, its closure and its publication. */
export type StoredResult = Omit<ResultFields, 'itemFindings'> & {
  /** Exactly one per 检查事项 of the task, in the task's item order. */
  itemFindings: ItemFinding[];
  updatedAt: string;
  status: ResultStatus;
  enteredBy: string;
  reviewedBy: string;
  reviewedAt: string | null;
  /** The last 退回's reason ('' if never returned, or reviewed since). */
  returnedReason: string;
  /** When it was returned; a result saved again after it waits for review as 已录入. */
  returnedAt: string | null;
  /** Why a published result was changed ('' unless it was). */
  correctionReason: string;
  /** 后续处置 是否完结, 完结日期, 完结情况. */
  closed: boolean;
  closedOn: string | null;
  closureNotes: string;
  /** The date of the latest publication naming this entity, or null if never published. */
  publishedOn: string | null;
};

/** A drawn entity of a task with its team and its result so far. */
export interface TaskResultRow {
  entityId: number;
  position: number;
  code: string;
  name: string;
  area: string;
  riskClass: string | null;
  team: { certNo: string; name: string }[];
  result: StoredResult | null;
  /**
   * A joint task read for no one department (合并查看): every department's part, the lead first.
   * `team` and `result` are then the lead's. Absent for a single-department task and when a
   * department was asked for (then `team`, `result` and the item findings are that department's).
   */
  departments?: DepartmentResult[];
}

/** One department's part of an entity of a joint task: its items, its members of the team and its result. */
export interface DepartmentResult {
  departmentId: number;
  name: string;
  shortName: string;
  role: '牵头' | '参与';
  /** The items this department inspects, in the task's item order (its result's item findings follow them). */
  itemIds: number[];
  team: { certNo: string; name: string }[];
  result: StoredResult | null;
}
