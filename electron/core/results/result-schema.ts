import { z } from 'zod';
import { isoDate } from '../iso-date.ts';

/** 核查方式 (multi-select), as the provincial platform lists them. */
export const CHECK_METHODS = ['实地检查', '书面检查', '行政部门检查结果或专业意见', '检验检测', '网络监测', '委托专业机构辅助'] as const;
/** 后续处置. */
export const DISPOSALS = [
  '无须后置处置措施',
  '停止检查，反馈至日常监管部门依法依规处理',
  '责令限期整改',
  '发现案件线索，移送办案机构',
  '抄告相关部门',
  '其他',
] as const;

const date = isoDate('检查日期', '2026-12-05');

/** One entity's result in one task, as entered on the grid, in bulk or from Excel. */
export const resultInputSchema = z.object({
  codes: z.array(z.string().min(1)).min(1, '请至少选择一个检查结果'),
  methods: z.array(z.enum(CHECK_METHODS, { error: `核查方式只能是：${CHECK_METHODS.join('、')}` })).default([]),
  disposal: z.union([z.enum(DISPOSALS, { error: `后续处置只能是：${DISPOSALS.join('、')}` }), z.literal('')]).default(''),
  inspectedOn: date.nullable().default(null),
  findings: z.string().trim().max(2000, '发现问题不能超过 2000 字').default(''),
  notes: z.string().trim().max(1000, '备注不能超过 1000 字').default(''),
  inspectorsPresent: z.array(z.string()).default([]),
});

export type ResultInput = z.input<typeof resultInputSchema>;
export type ResultFields = z.output<typeof resultInputSchema>;

export interface ResultCode {
  code: string;
  label: string;
  problem: boolean;
  active: boolean;
}

/** A drawn entity of a task with its team and its result so far. */
export interface TaskResultRow {
  entityId: number;
  position: number;
  code: string;
  name: string;
  area: string;
  riskClass: string | null;
  team: { certNo: string; name: string }[];
  result: (ResultFields & { updatedAt: string }) | null;
}
