import type { Task } from '../tasks/task-types.ts';

/** The department offered first: the one chosen on the results page unless it is the lead, else the first 参与部门. */
export function firstChoice(task: Task, chosen: number | undefined): number {
  const picked = task.departments.find((d) => d.departmentId === chosen);
  if (picked && picked.role !== '牵头') return picked.departmentId;
  return (task.departments.find((d) => d.role === '参与') ?? task.departments[0])?.departmentId ?? 0;
}

/** The notice after 导出交换表. */
export function exportedNotice(department: string, entities: number): string {
  return `已导出${department}的交换表（检查对象 ${entities} 户），请交该部门在“检查结果”表中填写后交回`;
}
