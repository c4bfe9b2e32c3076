import type { Db } from '../db/connection.ts';
import { getDepartment } from '../departments/department-service.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { AppError } from '../errors.ts';
import type { Task, TaskDepartment } from '../tasks/task-schema.ts';

/** The refusal when a joint task's result is acted on without saying for which department. */
export const JOINT_NEEDS_DEPARTMENT = '联合抽查的检查结果按部门录入，请选择部门';

/**
 * The department a result is entered, reviewed or returned for ("谁检查、谁录入"). A single-department
 * task's results are 本局's, as they always were; a joint task's are each department's own, so one
 * must be named, and it must be one of the task's departments.
 */
export function resultDepartmentId(db: Db, task: Task, departmentId: number | undefined): number {
  if (!task.joint) {
    if (departmentId === undefined || departmentId === OWN_DEPARTMENT_ID) return OWN_DEPARTMENT_ID;
    const dept = getDepartment(db, departmentId);
    throw new AppError(`任务“${task.name}”不是部门联合抽查，检查结果由本局录入，不能按“${dept.name}”录入。`);
  }
  if (departmentId === undefined) throw new AppError(JOINT_NEEDS_DEPARTMENT, { fields: { departmentId: JOINT_NEEDS_DEPARTMENT } });
  return taskDepartmentOf(db, task, departmentId).departmentId;
}

/** A department of a joint task; one not in the task is refused by its name. */
export function taskDepartmentOf(db: Db, task: Task, departmentId: number): TaskDepartment {
  const found = task.departments.find((d) => d.departmentId === departmentId);
  if (found) return found;
  const dept = getDepartment(db, departmentId);
  const names = task.departments.map((d) => d.name).join('、');
  throw new AppError(`${dept.name}不是联合抽查任务“${task.name}”的部门（本任务的部门：${names}），不能录入或审核它的检查结果。`);
}

/** The department of each item of a task (null = 本局 in the stored column). */
export function itemDepartmentId(item: Task['items'][number]): number {
  return item.departmentId ?? OWN_DEPARTMENT_ID;
}
