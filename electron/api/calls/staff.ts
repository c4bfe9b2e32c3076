import { z } from 'zod';
import { signedIn, signIn, signOut } from '../../core/staff/signed-in.ts';
import { staffInputSchema } from '../../core/staff/staff-schema.ts';
import { listStaff, saveStaff } from '../../core/staff/staff-service.ts';
import { call } from '../define.ts';
import { nothing } from './shared.ts';

/** 人员: the 录入员 and 审核员 list, and who is signed in on this PC. */
export const staffCalls = {
  'staff:list': call(nothing, '人员名单（录入员、审核员；在用的在前）', (ctx) => listStaff(ctx.db)),
  'staff:save': call(staffInputSchema, '添加或修改人员（姓名、录入员、审核员、是否在用；停用即 active=false）', (ctx, input) =>
    saveStaff(ctx.db, input),
  ),
  'staff:current': call(nothing, '本机当前登录的人员', (ctx) => signedIn(ctx.db)),
  'staff:signIn': call(
    z.object({ name: z.string({ error: '请选择人员' }).trim().min(1, '请选择人员') }),
    '在本机登录为名单中的人员',
    (ctx, { name }) => signIn(ctx.db, name),
  ),
  'staff:signOut': call(nothing, '本机退出登录', (ctx) => signOut(ctx.db)),
} as const;
