import type { Db } from '../../db/connection.ts';
import type { DrawRecord, DrawnInspector } from '../../draw/draw-read.ts';
import { getTask } from '../../tasks/task-service.ts';

/**
 * What a joint draw's 随机抽取记录 prints per department, the lead first: its name as recorded at
 * the draw (`params.departments`), its role, its k and its items.
 */
export interface DrawRecordJoint {
  departments: { id: number; name: string; role: '牵头' | '参与'; perEntity: number; items: string[] }[];
}

/** The departments of a joint draw with their items; undefined for a single-department draw. */
export function drawRecordJoint(db: Db, draw: DrawRecord): DrawRecordJoint | undefined {
  const recorded = draw.params.departments;
  if (!recorded || recorded.length === 0) return undefined;
  const task = getTask(db, draw.taskId);
  const itemsOf = (id: number) => {
    const dept = task.departments.find((d) => d.departmentId === id);
    return dept ? task.items.filter((i) => dept.itemIds.includes(i.id)).map((i) => i.name) : [];
  };
  return { departments: recorded.map((d) => ({ id: d.id, name: d.name, role: d.role, perEntity: d.perEntity, items: itemsOf(d.id) })) };
}

/**
 * The facts a joint draw states differently: the items under their departments, every department
 * with its role, and each one's share of the team. The other rows stay as they are.
 */
export function jointFacts(facts: [string, string][], joint: DrawRecordJoint): [string, string][] {
  const depts = joint.departments;
  const replaced: Record<string, (value: string) => string> = {
    抽查事项: () =>
      depts
        .map((d) => [`${d.name}：`, ...(d.items.length > 0 ? d.items.map((name, i) => `${i + 1}. ${name}`) : ['无'])].join('\n'))
        .join('\n'),
    实施部门: () => depts.map((d) => `${d.name}（${d.role === '牵头' ? '牵头部门' : '参与部门'}）`).join('\n'),
    // "每户执法检查人员 4 名" gains each department's share: "（A 2 名、B 1 名、C 1 名）".
    抽取要求: (value) =>
      value
        .replace(/(每户执法检查人员 \d+ 名)/, `$1（${depts.map((d) => `${d.name} ${d.perEntity} 名`).join('、')}）`)
        .replace('首位为检查组组长', '牵头部门的首位为联合检查组组长'),
  };
  return facts.map(([label, value]) => [label, replaced[label]?.(value) ?? value]);
}

/** A joint team by department, in the departments' order, each member keeping its place. */
export function membersByDepartment(
  joint: DrawRecordJoint,
  members: readonly DrawnInspector[],
): { name: string; members: DrawnInspector[] }[] {
  const groups = joint.departments.map((d) => ({ id: d.id, name: d.name, members: [] as DrawnInspector[] }));
  for (const m of members) (groups.find((g) => g.id === m.departmentId) ?? groups[0]!).members.push(m);
  return groups.filter((g) => g.members.length > 0);
}
