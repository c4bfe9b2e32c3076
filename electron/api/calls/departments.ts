import { z } from 'zod';
import { departmentInputSchema } from '../../core/departments/department-schema.ts';
import { findDepartmentId, getDepartment, listDepartments, saveDepartment } from '../../core/departments/department-service.ts';
import { call } from '../define.ts';

/** What a looked-up department is for, as the refusal names it (所属部门“…”不在部门名单中). */
const DEPARTMENT_ROLES = ['部门', '实施部门', '所属部门', '牵头部门', '参与部门'] as const;

/** 部门: 本局 and the departments it inspects with in a 部门联合抽查. */
export const departmentCalls = {
  'departments:list': call(
    z.object({ includeRetired: z.boolean({ error: '是否含停用只能是“是”或“否”' }).default(false) }),
    '部门名单（本局在前；含停用的部门时 includeRetired=true）',
    (ctx, { includeRetired }) => listDepartments(ctx.db, { includeRetired }),
  ),
  'departments:find': call(
    z.object({
      name: z.string({ error: '请写部门名称' }).max(60, '部门名称不能超过 60 字'),
      kind: z.enum(DEPARTMENT_ROLES, { error: `部门的用途只能是：${DEPARTMENT_ROLES.join('、')}` }).default('部门'),
    }),
    '按名称、简称或编号找部门（本局、单位名称亦可）；找不到时说明现有哪些部门（kind 为消息中部门的称呼）',
    (ctx, { name, kind }) => getDepartment(ctx.db, findDepartmentId(ctx.db, name, kind)),
  ),
  'departments:save': call(
    z.object({ department: departmentInputSchema, actor: z.string().trim().max(20, '操作人不能超过 20 字').default('') }),
    '添加或修改部门（名称、简称、联系人、联系电话、是否停用；本局的名称即设置中的单位名称）',
    (ctx, { department, actor }) => saveDepartment(ctx.db, department, actor),
  ),
} as const;
