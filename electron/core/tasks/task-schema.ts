import { z } from 'zod';
import { ENTITY_TYPES, RISK_CLASSES } from '../entities/entity-schema.ts';
import { tagListSchema } from '../inspectors/inspector-schema.ts';
import { isoDate } from '../iso-date.ts';

const date = (label: string) => isoDate(label, '2026-12-01');
const percent = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .gt(0, `${label}必须大于 0%`)
    .max(100, `${label}不能超过 100%`);

/**
 * Why 每户执法人员 stops at 10: the rules require at least 2 and set no maximum, so the limit is
 * the program's, and the clerk is told so.
 */
export const INSPECTORS_PER_ENTITY_LIMIT =
  '每户执法人员不能超过 10 名：规定只要求每户至少 2 名，没有上限；10 名是本程序为拦住输错的数字（如把 2 打成 20）而设的上限';

/** 定向 filters: each list narrows the roster; an empty list means no condition (不定向). */
export const taskFiltersSchema = z.object({
  area: z.array(z.string()).default([]),
  industry: z.array(z.string()).default([]),
  entityType: z.array(z.enum(ENTITY_TYPES, { error: `主体类型只能是：${ENTITY_TYPES.join('、')}` })).default([]),
  riskClass: z
    .array(z.enum([...RISK_CLASSES, '未分类'], { error: `信用风险分类只能是：${[...RISK_CLASSES, '未分类'].join('、')}` }))
    .default([]),
});

/** One department of a joint task: its items and how many of its inspectors go to each entity. */
export const taskDepartmentSchema = z.object({
  departmentId: z.number({ error: '请选择部门' }).int('部门编号无效').positive('部门编号无效'),
  itemIds: z.array(z.number().int('抽查事项编号无效').positive('抽查事项编号无效')).min(1, '每个部门至少选择一个抽查事项'),
  perEntity: z
    .number({ error: '该部门每户执法人员必须是数字' })
    .int('该部门每户执法人员必须是整数')
    .min(1, '每个部门每户至少派 1 名执法人员')
    .max(10, INSPECTORS_PER_ENTITY_LIMIT),
});

interface JointFields {
  joint: boolean;
  departments: { departmentId: number; itemIds: number[]; perEntity: number }[];
}

/** A joint task: a lead and at least one other department, each department and item once, a team of 2–10. */
function jointRules(t: JointFields, ctx: z.RefinementCtx): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['departments'], message });
  if (!t.joint) {
    if (t.departments.length > 0) issue('只有部门联合抽查才按部门分配抽查事项');
    return;
  }
  if (t.departments.length < 2) return issue('部门联合抽查须有牵头部门和至少一个参与部门');
  const ids = t.departments.map((d) => d.departmentId);
  if (new Set(ids).size !== ids.length) return issue('同一部门只能列出一次');
  const items = t.departments.flatMap((d) => d.itemIds);
  if (new Set(items).size !== items.length) return issue('同一抽查事项只能由一个部门检查');
  const team = t.departments.reduce((sum, d) => sum + d.perEntity, 0);
  if (team < 2) issue('联合检查组每户合计至少 2 名执法人员');
  if (team > 10) issue(`联合检查组每户合计 ${team} 名，超过上限：${INSPECTORS_PER_ENTITY_LIMIT}`);
}

export const taskInputSchema = z
  .object({
    name: z.string({ error: '任务名称不能为空' }).trim().min(1, '任务名称不能为空').max(100, '任务名称不能超过 100 字'),
    source: z.enum(['计划', '临时'], { error: '任务来源只能是：计划、临时' }).default('临时'),
    planId: z
      .number({ error: '请选择年度抽查工作计划' })
      .int('年度抽查工作计划编号无效')
      .positive('年度抽查工作计划编号无效')
      .nullable()
      .default(null),
    itemIds: z.array(z.number().int('抽查事项编号无效').positive('抽查事项编号无效')).min(1, '请至少选择一个抽查事项'),
    roster: z.string().trim().max(50, '名录名称不能超过 50 字').nullable().default(null),
    filters: taskFiltersSchema.default({ area: [], industry: [], entityType: [], riskClass: [] }),
    count: z.number({ error: '抽取数量必须是数字' }).int('抽取数量必须是整数').positive('抽取数量至少为 1').nullable().default(null),
    ratio: percent('抽查比例').nullable().default(null),
    classRatios: z
      .object({
        A: percent('A 类比例').optional(),
        B: percent('B 类比例').optional(),
        C: percent('C 类比例').optional(),
        D: percent('D 类比例').optional(),
      })
      .default({}),
    repeatWindowMonths: z
      .number({ error: '避免重复抽查的月数必须是数字' })
      .int('避免重复抽查的月数必须是整数')
      .min(0, '避免重复抽查的月数不能为负')
      .max(60, '避免重复抽查的月数不能超过 60 个月')
      .default(12),
    repeatOverrides: z
      .array(
        z.object({ code: z.string().min(1, '请写明允许重复抽查的对象'), reason: z.string().trim().min(1, '请填写允许重复抽查的理由') }),
      )
      .default([]),
    periodStart: date('检查开始日期').nullable().default(null),
    periodEnd: date('检查结束日期').nullable().default(null),
    department: z.string().trim().max(100, '实施部门不能超过 100 字').default(''),
    inspectorsPerEntity: z
      .number({ error: '每户执法人员必须是数字' })
      .int('每户执法人员必须是整数')
      .min(2, '每个检查对象至少派 2 名执法人员')
      // No rule sets an upper bound (DOMAIN.md: at least 2); 10 catches a mistyped number.
      .max(10, INSPECTORS_PER_ENTITY_LIMIT)
      .default(2),
    /** 所需执法领域: a team member holds at least one of them; none = any inspector (old tasks). */
    requiredTags: tagListSchema('所需执法领域'),
    sameAreaRecusal: z.boolean().default(false),
    withLeader: z.boolean().default(true),
    /** 部门联合抽查: the lead draws the entities once, each department its own inspectors. */
    joint: z.boolean({ error: '是否联合抽查只能是“是”或“否”' }).default(false),
    /** A joint task's departments, the lead (牵头部门) first; empty for a single-department task. */
    departments: z.array(taskDepartmentSchema).default([]),
  })
  .superRefine((t, ctx) => {
    jointRules(t, ctx);
    if ((t.count === null) === (t.ratio === null)) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: '请填写抽取数量或抽查比例（二选一）' });
    }
    if (Object.keys(t.classRatios).length > 0 && t.ratio === null) {
      ctx.addIssue({ code: 'custom', path: ['classRatios'], message: '按信用风险分类设定比例时，请按比例抽取' });
    }
    if (t.source === '计划' && t.planId === null) {
      ctx.addIssue({ code: 'custom', path: ['planId'], message: '来源为“计划”时，请选择所属的年度抽查工作计划' });
    }
    if (t.periodStart && t.periodEnd && t.periodEnd < t.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: '检查结束日期不能早于开始日期' });
    }
  });

export type TaskInput = z.input<typeof taskInputSchema>;
export type TaskFields = z.output<typeof taskInputSchema>;
export type TaskFilters = z.output<typeof taskFiltersSchema>;

/** 抽取中: 开始抽取 showed a commitment and the 监督人's digits are still awaited. */
export type TaskState = '未抽取' | '抽取中' | '已抽取' | '检查中' | '已完成' | '已公示';

/** A department of a joint task as stored: the lead first, then the others in the task's order. */
export interface TaskDepartment {
  departmentId: number;
  name: string;
  shortName: string;
  role: '牵头' | '参与';
  perEntity: number;
  itemIds: number[];
}

export interface Task extends Omit<TaskFields, 'repeatOverrides' | 'departments'> {
  id: number;
  year: number;
  number: number;
  /** 编号 as printed, e.g. 2026-003. */
  code: string;
  /** `departmentId`: who inspects the item in a joint task (null in a single-department task). */
  items: { id: number; seq: number | null; name: string; category: string; departmentId: number | null }[];
  departments: TaskDepartment[];
  repeatOverrides: { code: string; name: string; reason: string }[];
  liveDrawId: number | null;
  selectedCount: number;
  resultCount: number;
  state: TaskState;
  publishedOn: string | null;
  createdAt: string;
}

export function taskCode(year: number, number: number): string {
  return `${year}-${String(number).padStart(3, '0')}`;
}
