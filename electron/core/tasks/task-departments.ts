import type { Db } from '../db/connection.ts';
import { getDepartment } from '../departments/department-service.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { AppError, fieldError } from '../errors.ts';
import type { Task, TaskDepartment, TaskFields } from './task-schema.ts';

/** A joint task's departments as stored, the lead first, each with its items (in the task's item order). */
export function taskDepartments(db: Db, taskId: number, items: Task['items']): TaskDepartment[] {
  const rows = db
    .prepare('SELECT department_id, role, per_entity FROM task_departments WHERE task_id = ? ORDER BY position')
    .all(taskId) as { department_id: number; role: '牵头' | '参与'; per_entity: number }[];
  return rows.map((r) => {
    const d = getDepartment(db, r.department_id);
    return {
      departmentId: r.department_id,
      name: d.name,
      shortName: d.shortName,
      role: r.role,
      perEntity: r.per_entity,
      itemIds: items.filter((i) => (i.departmentId ?? OWN_DEPARTMENT_ID) === r.department_id).map((i) => i.id),
    };
  });
}

/**
 * Each department exists and is in use, and each item is one its 实施部门 inspects: the items of
 * another department are added to the list with that department before a joint task can use them.
 */
export function checkJointDepartments(db: Db, departments: TaskFields['departments']): void {
  for (const d of departments) {
    const dept = getDepartment(db, d.departmentId);
    if (dept.retired) throw fieldError({ departments: `部门“${dept.name}”已停用，不能参加新的联合抽查` });
    for (const itemId of d.itemIds) {
      const item = db.prepare('SELECT name, department_id FROM items WHERE id = ?').get(itemId) as
        { name: string; department_id: number | null } | undefined;
      if (!item) throw fieldError({ departments: '所选抽查事项不存在或已停用' });
      if ((item.department_id ?? OWN_DEPARTMENT_ID) !== d.departmentId) {
        const owner = getDepartment(db, item.department_id);
        throw new AppError(`抽查事项“${item.name}”的实施部门是${owner.name}，不能分给${dept.name}检查。`);
      }
    }
  }
}

export function saveTaskDepartments(db: Db, taskId: number, departments: TaskFields['departments']): void {
  db.prepare('DELETE FROM task_departments WHERE task_id = ?').run(taskId);
  const insert = db.prepare('INSERT INTO task_departments (task_id, department_id, role, per_entity, position) VALUES (?, ?, ?, ?, ?)');
  departments.forEach((d, position) => insert.run(taskId, d.departmentId, position === 0 ? '牵头' : '参与', d.perEntity, position));
}
