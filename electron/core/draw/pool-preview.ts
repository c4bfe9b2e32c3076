import type { Db } from '../db/connection.ts';
import { getTask } from '../tasks/task-service.ts';
import type { GroupQuota } from './draw-algorithm.ts';
import { buildEntityPool } from './entity-pool.ts';
import { buildInspectorPool, type InspectorPool } from './inspector-pool.ts';

/** One department of a joint task before its draw: how many of its inspectors may go. */
export interface DepartmentPoolPreview {
  departmentId: number;
  name: string;
  role: '牵头' | '参与';
  perEntity: number;
  /** Its inspectors who may be drawn (在岗, valid 执法证, and for 本局 the 所需执法领域), before 回避. */
  eligible: number;
  /** Why it cannot send its perEntity to each entity, or null. */
  shortfall: string | null;
}

export interface PoolPreview {
  poolSize: number;
  excluded: { closed: number; repeat: number };
  quotas: GroupQuota[];
  inspectors: number;
  inspectorsExcluded: InspectorPool['excluded'];
  /** The task's 所需执法领域, which `inspectorsExcluded.tags` counts inspectors lacking. */
  requiredTags: string[];
  /** A joint task's departments, the lead first; absent for a single-department task. */
  departments?: DepartmentPoolPreview[];
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
    ...(inspectors.departments
      ? {
          departments: inspectors.departments.map(({ department: d, candidates }) => ({
            departmentId: d.departmentId,
            name: d.name,
            role: d.role,
            perEntity: d.perEntity,
            eligible: candidates.length,
            shortfall:
              candidates.length < d.perEntity
                ? `${d.name}可派的执法人员不足：符合条件的只有 ${candidates.length} 名，每户需要 ${d.perEntity} 名。请补充该部门的执法人员或减少每户人数。`
                : null,
          })),
        }
      : {}),
  };
}
