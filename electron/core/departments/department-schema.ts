import { z } from 'zod';
import { textField } from '../text-field.ts';

/** Row 1: 本局, the bureau running this program. Every NULL department_id means it. */
export const OWN_DEPARTMENT_ID = 1;
/** What a clerk or a script types for 本局, whatever the 单位名称 of 设置 is. */
export const OWN_DEPARTMENT_KEY = '本局';

/**
 * A department that inspects in a 部门联合抽查. `name` is as printed: for 本局 the 单位名称 of 设置
 * (the stored row says 本局), for the others their full name (县应急管理局).
 */
export interface Department {
  id: number;
  name: string;
  /** 简称 for 文号 and the seal line; the name itself where none is given. */
  shortName: string;
  contact: string;
  phone: string;
  isOwn: boolean;
  retired: boolean;
}

/** 部门: add (no id) or edit (with id). 本局's name is the 单位名称 of 设置, edited there. */
export const departmentInputSchema = z.object({
  id: z.number({ error: '部门编号必须是数字' }).int('部门编号应为整数').positive('部门编号应为正整数').optional(),
  name: textField('部门名称', 60).min(1, '部门名称不能为空'),
  shortName: textField('简称', 20).default(''),
  contact: textField('联系人', 20).default(''),
  phone: textField('联系电话', 30).default(''),
  retired: z.boolean({ error: '是否停用只能是“是”或“否”' }).default(false),
});

export type DepartmentInput = z.input<typeof departmentInputSchema>;
