import type { Task } from '../../tasks/task-schema.ts';
import { chinesePeriod } from './doc-dates.ts';
import type { PlaceholderValue } from '../templates/template-format.ts';

/** The part of a task every document prints. */
export interface DocumentTask {
  code: string;
  name: string;
  periodStart: string | null;
  periodEnd: string | null;
  department: string;
}

export function documentTask(task: Task): DocumentTask {
  return { code: task.code, name: task.name, periodStart: task.periodStart, periodEnd: task.periodEnd, department: task.department };
}

/** The placeholders every template shares: the bureau and the task. */
export function taskPlaceholders(bureauName: string, task: DocumentTask): Record<string, PlaceholderValue> {
  return {
    'bureau.name': bureauName,
    'task.code': task.code,
    'task.name': task.name,
    'task.period': chinesePeriod(task.periodStart, task.periodEnd),
    'task.department': task.department,
  };
}
