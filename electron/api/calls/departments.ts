import { z } from 'zod';
import { departmentInputSchema } from '../../core/departments/department-schema.ts';
import { listDepartments, saveDepartment } from '../../core/departments/department-service.ts';
import { call } from '../define.ts';

/** 部门: 本局 and the departments it inspects with in a 部门联合抽查. */
export const departmentCalls = {
  'departments:list': call(
    z.object({ includeRetired: z.boolean({ error: '是否含停用只能是“是”或“否”' }).default(false) }),
    '部门名单（本局在前；含停用的部门时 includeRetired=true）',
    (ctx, { includeRetired }) => listDepartments(ctx.db, { includeRetired }),
  ),
  'departments:save': call(
    z.object({ department: departmentInputSchema, actor: z.string().trim().max(20, '操作人不能超过 20 字').default('') }),
    '添加或修改部门（名称、简称、联系人、联系电话、是否停用；本局的名称即设置中的单位名称）',
    (ctx, { department, actor }) => saveDepartment(ctx.db, department, actor),
  ),
} as const;
