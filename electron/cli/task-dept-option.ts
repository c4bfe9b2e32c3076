import { invoke } from '../api/dispatch.ts';
import type { CallInput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import type { CliSession } from './session.ts';
import type { Task } from './task-ref.ts';

type TaskInput = CallInput<'tasks:save'>['task'];
type JointDepartment = TaskInput['departments'] extends (infer D)[] | undefined ? D : never;

/** What `tasks create|edit` take for a 部门联合抽查. */
export interface JointOptions {
  joint?: boolean;
  lead?: string;
  dept?: string[];
  item?: string[];
  inspectorsPer?: string;
}

export const DEPT_FORMAT = '--dept 需写成 部门:事项,事项:人数（事项写序号或名称，如 --dept 县应急管理局:12,13:1）';

/**
 * `--joint`, `--lead` and `--dept` → the task's departments, the lead first. Each `--dept` names a
 * department, its items and its inspectors per entity. The lead is `--lead` (本局 when not given);
 * when no `--dept` names it, its items are those of `--item` and its share `--inspectors-per` (2).
 * Editing a joint task without these options keeps its departments.
 */
export async function jointDepartmentsOf(
  ctx: AppContext,
  session: CliSession,
  o: JointOptions,
  itemIds: number[],
  base?: Task,
): Promise<Pick<TaskInput, 'joint' | 'departments' | 'itemIds' | 'inspectorsPerEntity'> | null> {
  const asked = o.joint === true || o.lead !== undefined || (o.dept?.length ?? 0) > 0;
  if (!asked) return null;
  const given = await Promise.all((o.dept ?? []).map((spec) => deptOf(ctx, session, spec)));
  const ids = given.map((d) => d.departmentId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) session.fail(`--dept：同一部门写了两次（${(o.dept ?? [])[ids.lastIndexOf(twice)]}）。`);
  const kept = base?.joint ? base.departments : [];
  const leadId = o.lead !== undefined ? await departmentIdOf(ctx, o.lead, '牵头部门') : (kept[0]?.departmentId ?? 1);
  const named = given.find((d) => d.departmentId === leadId);
  // Two ways of giving the lead's share at once would leave one silently unused.
  if (named && o.item) session.fail('联合抽查中牵头部门的事项已由 --dept 写明，不要再用 --item（其他部门的事项也写在各自的 --dept 中）。');
  if (named && o.inspectorsPer !== undefined)
    session.fail('联合抽查的每户人数按部门写在 --dept 中（部门:事项:人数），不要再用 --inspectors-per。');
  const lead: JointDepartment = named ?? {
    departmentId: leadId,
    itemIds: o.item ? itemIds : (kept.find((d) => d.departmentId === leadId)?.itemIds ?? itemIds),
    perEntity:
      o.inspectorsPer !== undefined ? Number(o.inspectorsPer.trim()) : (kept.find((d) => d.departmentId === leadId)?.perEntity ?? 2),
  };
  if (lead.itemIds.length === 0)
    session.fail('联合抽查须写明牵头部门的抽查事项：用 --dept 牵头部门:事项:人数，或用 --item 给出牵头部门的事项。');
  const others =
    given.length > 0
      ? given.filter((d) => d.departmentId !== leadId)
      : kept.filter((d) => d.departmentId !== leadId).map(({ departmentId, itemIds, perEntity }) => ({ departmentId, itemIds, perEntity }));
  const departments = [lead, ...others];
  return {
    joint: true,
    departments,
    itemIds: departments.flatMap((d) => d.itemIds),
    inspectorsPerEntity: departments.reduce((n, d) => n + d.perEntity, 0),
  };
}

async function departmentIdOf(ctx: AppContext, name: string, kind: '部门' | '牵头部门'): Promise<number> {
  return (await invoke(ctx, 'departments:find', { name, kind })).id;
}

/** One `--dept 部门:事项,事项:人数`. */
async function deptOf(ctx: AppContext, session: CliSession, spec: string): Promise<JointDepartment> {
  const parts = spec.split(/[:：]/).map((p) => p.trim());
  if (parts.length !== 3 || !parts[0] || !parts[1] || !/^\d+$/.test(parts[2]!)) session.fail(`${DEPT_FORMAT}，“${spec}”不对。`);
  const [name, itemText, k] = parts as [string, string, string];
  const departmentId = await departmentIdOf(ctx, name, '部门');
  const items = await invoke(ctx, 'items:list', { departmentId });
  const refs = itemText
    .split(/[,，、]/)
    .map((r) => r.trim())
    .filter(Boolean);
  const itemIds = refs.map(
    (ref) =>
      items.find((i) => String(i.seq) === ref || i.name === ref)?.id ??
      session.fail(`--dept：${name}没有序号或名称为“${ref}”的抽查事项（该部门的事项用 shuangsuiji items list 查看）。`),
  );
  return { departmentId, itemIds, perEntity: Number(k) };
}
