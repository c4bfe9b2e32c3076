import type { Db } from '../db/connection.ts';
import { getTask } from '../tasks/task-service.ts';
import type { GroupQuota } from './draw-algorithm.ts';
import { buildEntityPool } from './entity-pool.ts';
import { buildInspectorPool, type InspectorPool } from './inspector-pool.ts';

export interface PoolPreview {
  poolSize: number;
  excluded: { closed: number; repeat: number };
  quotas: GroupQuota[];
  inspectors: number;
  inspectorsExcluded: InspectorPool['excluded'];
  /** The task's 所需执法领域, which `inspectorsExcluded.tags` counts inspectors lacking. */
  requiredTags: string[];
}

/** What the draw ceremony shows before the button is pressed: the pool it would draw from. */
export function previewPool(db: Db, taskId: number, now = new Date()): PoolPreview {
  const task = getTask(db, taskId);
  const pool = buildEntityPool(db, task, now);
  const inspectors = buildInspectorPool(db, task, now);
  return {
    poolSize: pool.entries.length,
    excluded: pool.excluded,
    quotas: pool.quotas,
    inspectors: inspectors.candidates.length,
    inspectorsExcluded: inspectors.excluded,
    requiredTags: inspectors.requiredTags,
  };
}
