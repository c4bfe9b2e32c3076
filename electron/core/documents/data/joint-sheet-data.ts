import type { Db } from '../../db/connection.ts';
import type { DrawnEntity } from '../../draw/draw-read.ts';
import { taskResults } from '../../results/result-service.ts';
import type { Task } from '../../tasks/task-schema.ts';
import { teamByDepartment, type JointDepartment } from './joint-data.ts';
import type { SheetJoint, SheetResult } from './record-sheet-data.ts';

/**
 * The per-department part of a joint task's sheets: each department's items, its inspectors and,
 * once it has entered one, its own result (its items' findings), read for that department alone,
 * since each department enters its own results (谁检查、谁录入).
 */
export function jointSheetParts(db: Db, task: Task, departments: readonly JointDepartment[]): (entity: DrawnEntity) => SheetJoint {
  const results = new Map(
    departments.map((d) => [d.id, new Map(taskResults(db, task.id, d.id).map((r) => [r.entityId, sheetResult(r.result)]))]),
  );
  return (entity) => ({
    departments: teamByDepartment(departments, entity.inspectors).map((g) => ({
      name: g.department.name,
      role: g.department.role,
      items: g.department.items,
      inspectors: g.members.map((i) => ({ name: i.name, certNo: i.certNo })),
      result: results.get(g.department.id)?.get(entity.entityId) ?? null,
    })),
  });
}

/** What an entered result prints into the form; null when there is none. */
export function sheetResult(r: ReturnType<typeof taskResults>[number]['result']): SheetResult | null {
  if (!r) return null;
  const { codes, methods, disposal, inspectedOn, findings, notes, itemFindings } = r;
  return { codes, methods, disposal, inspectedOn, findings, notes, itemFindings };
}
