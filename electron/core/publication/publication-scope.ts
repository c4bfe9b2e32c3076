import type { Db } from '../db/connection.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { getDepartment } from '../departments/department-service.ts';
import { AppError } from '../errors.ts';
import type { TaskResultRow } from '../results/result-schema.ts';
import { taskResults } from '../results/result-service.ts';
import type { Task } from '../tasks/task-schema.ts';

/**
 * Whose 公示 this is. "谁检查、谁公开": in a 部门联合抽查 each department publishes the results of
 * its own items; a single-department task is 本局's, as it always was.
 */
export interface PublicationScope {
  taskId: number;
  joint: boolean;
  /** The publishing department (本局 = 1). */
  departmentId: number;
  /** What `publications.department_id` holds: NULL for a single-department task (as before 0011), else the id. */
  stored: number | null;
  /** The department as printed: 检查实施机关 / 抽查机关 of its rows, the heading and seal of its 公示. */
  agency: string;
}

/** The message the results screens and calls give when a joint task's act names no department. */
export const NEEDS_DEPARTMENT = '联合抽查的检查结果按部门公示，请选择部门';

/** The scope of a publication act or read; a joint task must name one of its departments. */
export function publicationScope(db: Db, task: Task, departmentId?: number | null): PublicationScope {
  const id = departmentId ?? null;
  if (!task.joint) {
    if (id !== null && id !== OWN_DEPARTMENT_ID) {
      throw new AppError(`任务 ${task.code} 不是部门联合抽查，其检查结果由本局公示，不能按${getDepartment(db, id).name}公示。`);
    }
    return { taskId: task.id, joint: false, departmentId: OWN_DEPARTMENT_ID, stored: null, agency: getDepartment(db, null).name };
  }
  if (id === null) throw new AppError(`任务 ${task.code} 是部门联合抽查：${NEEDS_DEPARTMENT}。`);
  if (!task.departments.some((d) => d.departmentId === id)) {
    const names = task.departments.map((d) => d.name).join('、');
    throw new AppError(`${getDepartment(db, id).name}不是任务 ${task.code} 的牵头或参与部门（本任务的部门：${names}）。`);
  }
  return { taskId: task.id, joint: true, departmentId: id, stored: id, agency: getDepartment(db, id).name };
}

/** Every scope of a task: one (本局) for a single-department task, one per department of a joint task, lead first. */
export function taskScopes(db: Db, task: Task): PublicationScope[] {
  if (!task.joint) return [publicationScope(db, task)];
  return task.departments.map((d) => publicationScope(db, task, d.departmentId));
}

/** The drawn entities with the scope's results: a joint task's department sees its own rows and items only. */
export function scopeResults(db: Db, scope: PublicationScope): TaskResultRow[] {
  return scope.joint ? taskResults(db, scope.taskId, scope.departmentId) : taskResults(db, scope.taskId);
}

/** SQL condition on publications `p` of the scope's department (NULL = 本局); bind `departmentId`. */
export const SCOPE_SQL = 'coalesce(p.department_id, 1) = ?';

/** The departments that publish a task's results: a joint task's (lead first) by id and printed name; none for a single-department task. */
export function publishingDepartments(task: Task): { departmentId: number; name: string; shortName: string }[] {
  return task.joint ? task.departments.map((d) => ({ departmentId: d.departmentId, name: d.name, shortName: d.shortName })) : [];
}
