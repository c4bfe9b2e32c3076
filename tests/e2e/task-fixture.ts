import type { CallInput } from '../../electron/api/contract.ts';
import { cleanEntityWorkbook, daysFromToday } from './roster-files.ts';
import { expect, importByHost, test as base, type HostCall } from './roster-fixture.ts';
import { teamWorkbook } from './task-files.ts';

type TaskInput = CallInput<'tasks:save'>['task'];

/** A task's usual terms: items 1 and 2, the whole 名录库, 5 entities, 2 inspectors each, this month. */
export function taskTerms(terms: Partial<TaskInput> = {}): TaskInput {
  return {
    name: '第一批双随机抽查',
    itemIds: [1, 2],
    count: 5,
    periodStart: daysFromToday(1),
    periodEnd: daysFromToday(30),
    department: '执法稽查科',
    inspectorsPerEntity: 2,
    ...terms,
  };
}

/**
 * The roster a draw needs, imported through the contract: `entities` shops (大同县第 i 号商店;
 * number 4 is 吊销) and `inspectors` inspectors (执法员 i), all valid.
 */
export async function seedRoster(host: HostCall, dir: string, entities = 40, inspectors = 6): Promise<void> {
  await importByHost(host, 'entities', await cleanEntityWorkbook(dir, entities));
  if (inspectors > 0) await importByHost(host, 'inspectors', await teamWorkbook(dir, inspectors));
}

/** A task created and drawn through the contract (setup for tests about what comes after). */
export async function drawnTask(host: HostCall, terms: Partial<TaskInput> = {}) {
  const task = await host('tasks:save', { task: taskTerms(terms) });
  const draw = await host('draws:run', { taskId: task.id, operator: '张操作', witness: '李监督' });
  return { task, draw };
}

export const test = base;
export { expect };
