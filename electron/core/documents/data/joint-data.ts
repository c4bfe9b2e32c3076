import type { Db } from '../../db/connection.ts';
import { getDepartment } from '../../departments/department-service.ts';
import { getSettings } from '../../settings/settings-service.ts';
import type { Task } from '../../tasks/task-schema.ts';

/**
 * One department of a 部门联合抽查 as its documents print it: name as printed (本局's is the
 * 单位名称 of 设置), role, its items in the task's order, its contact, and k.
 */
export interface JointDepartment {
  id: number;
  name: string;
  /** 简称 (the name itself where none is set): for the seal line (GB/T 9704's 规范化简称) and contacts. */
  shortName: string;
  role: '牵头' | '参与';
  perEntity: number;
  items: string[];
  contactName: string;
  contactPhone: string;
}

/**
 * A joint task's departments, the lead first; null for a single-department task, whose documents
 * stay as they always were. 本局's contact is the one of 设置 (what its own notices print); another
 * department's is the one in the department list.
 */
export function jointDepartments(db: Db, task: Task): JointDepartment[] | null {
  if (!task.joint || task.departments.length === 0) return null;
  const settings = getSettings(db);
  const names = new Map(task.items.map((i) => [i.id, i.name]));
  return task.departments.map((d) => {
    const dept = getDepartment(db, d.departmentId);
    return {
      id: d.departmentId,
      name: dept.name,
      shortName: dept.shortName,
      role: d.role,
      perEntity: d.perEntity,
      items: d.itemIds.map((id) => names.get(id)!),
      contactName: dept.isOwn ? settings.contactName : dept.contact,
      contactPhone: dept.isOwn ? settings.contactPhone : dept.phone,
    };
  });
}

/**
 * A team split by department (each member's as the draw read model gives it), in the order of `departments` (lead first), each member keeping its
 * place in the team; a member whose department is not among them (should not happen) goes under
 * the lead, so nobody drawn is ever left off a document.
 */
export function teamByDepartment<M extends { departmentId: number }>(
  departments: readonly JointDepartment[],
  members: readonly M[],
): { department: JointDepartment; members: M[] }[] {
  const groups = departments.map((department) => ({ department, members: [] as M[] }));
  for (const m of members) {
    const group = groups.find((g) => g.department.id === m.departmentId) ?? groups[0]!;
    group.members.push(m);
  }
  return groups;
}
