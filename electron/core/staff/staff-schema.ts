import { z } from 'zod';
import { textField } from '../text-field.ts';

/** A person who enters (录入员) or reviews (审核员) results, or both. */
export interface Staff {
  id: number;
  name: string;
  canEnter: boolean;
  canReview: boolean;
  active: boolean;
}

/** 人员: add (no id) or edit (with id). A person needs at least one role. */
export const staffInputSchema = z
  .object({
    id: z.number({ error: '人员编号必须是数字' }).int('人员编号应为整数').positive('人员编号应为正整数').optional(),
    name: textField('姓名', 20).min(1, '姓名不能为空'),
    canEnter: z.boolean({ error: '录入员只能是“是”或“否”' }).default(true),
    canReview: z.boolean({ error: '审核员只能是“是”或“否”' }).default(false),
    active: z.boolean({ error: '是否在用只能是“是”或“否”' }).default(true),
  })
  .refine((s) => s.canEnter || s.canReview, { message: '请至少选择一个角色（录入员或审核员）', path: ['canEnter'] });

export type StaffInput = z.input<typeof staffInputSchema>;

/** A person's roles in the words of the 设置 screen: 录入员、审核员. */
export function rolesText(s: Pick<Staff, 'canEnter' | 'canReview'>): string {
  return [s.canEnter ? '录入员' : '', s.canReview ? '审核员' : ''].filter(Boolean).join('、');
}
