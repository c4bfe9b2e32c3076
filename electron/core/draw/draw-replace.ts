import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { getTask } from '../tasks/task-service.ts';
import { leastLoadedPick, sameArea } from './draw-algorithm.ts';
import { getDraw, type DrawRecord } from './draw-read.ts';
import { buildInspectorPool } from './inspector-pool.ts';
import { departmentOfSlot } from './joint-teams.ts';
import { DrawRng } from './rng.ts';

/** The load of each inspector in a draw's current teams (every 递补 applied). */
function currentLoads(draw: DrawRecord): Map<string, number> {
  const load = new Map<string, number>();
  for (const e of draw.selected) for (const i of e.inspectors) load.set(i.certNo, (load.get(i.certNo) ?? 0) + 1);
  return load;
}

/**
 * 递补: a drawn inspector who cannot go is replaced by a new random pick, never by choice. The
 * candidates are today's available inspectors who are not in this team, have not dropped out of
 * it, and need not recuse; the pick is the least loaded among them, drawn from the draw's own
 * seed on the stream "replace:<n>", so it too can be re-run. The reason is required and recorded.
 */
export function replaceInspector(
  db: Db,
  input: { drawId: number; entityCode: string; certNo: string; reason: string; operator?: string },
  now = new Date(),
): DrawRecord {
  const reason = input.reason.trim();
  if (!reason) throw fieldError({ reason: '请填写递补理由（如：病休、回避）' });
  return db.transaction(() => {
    const draw = getDraw(db, input.drawId);
    if (draw.voided) throw new AppError(`抽取记录 #${draw.id} 已作废，不能递补。`);
    const entity = draw.selected.find((e) => e.code === input.entityCode.trim().toUpperCase());
    if (!entity) throw new AppError(`抽取记录 #${draw.id} 中没有检查对象 ${input.entityCode}。`);
    // Once the result is entered the inspection has happened: who went is recorded with the
    // result (实到执法人员), and the team on the notice and the record must stay as they were.
    const inspected = db.prepare('SELECT 1 FROM results WHERE task_id = ? AND entity_id = ?').get(draw.taskId, entity.entityId);
    if (inspected)
      throw new AppError(`“${entity.name}”已录入检查结果，检查组不能再递补。实际到场人员有变动的，请在检查结果的“实到执法人员”中记录。`);
    const slot = entity.inspectors.find((i) => i.certNo === input.certNo.trim().toUpperCase());
    if (!slot) throw new AppError(`检查对象“${entity.name}”的检查组中没有执法证号为 ${input.certNo} 的人员。`);
    const task = getTask(db, draw.taskId);
    const droppedOut = db
      .prepare(
        'SELECT o.cert_no FROM draw_replacements r JOIN inspectors o ON o.id = r.old_inspector_id WHERE r.draw_id = ? AND r.entity_id = ?',
      )
      .pluck()
      .all(draw.id, entity.entityId) as string[];
    const conflicted = db
      .prepare('SELECT i.cert_no FROM conflicts c JOIN inspectors i ON i.id = c.inspector_id WHERE c.entity_id = ?')
      .pluck()
      .all(entity.entityId) as string[];
    const team = entity.inspectors.map((i) => i.certNo);
    // In a joint draw the slot belongs to one department (ALGORITHM.md §6): only its inspectors may fill it.
    const department = draw.params.departments ? departmentOfSlot(draw.params.departments, slot.slot) : null;
    const candidates = buildInspectorPool(db, task, now).candidates.filter(
      (c) =>
        (department === null || c.departmentId === department.id) &&
        !team.includes(c.cert) &&
        !droppedOut.includes(c.cert) &&
        !conflicted.includes(c.cert) &&
        !(task.sameAreaRecusal && sameArea(c.unit, entity.area)),
    );
    if (candidates.length === 0)
      throw new AppError(
        department
          ? `${department.name}没有可递补的执法人员：联合检查组中该部门的位置只能由该部门的执法人员递补，而该部门符合条件且无需回避的人员都已在该检查组中或已退出。未作任何更改。`
          : `没有可递补的执法人员：符合条件且无需回避的人员都已在该检查组中或已退出。未作任何更改。`,
      );
    const n = draw.replacements.length + 1;
    const pick = leastLoadedPick(
      candidates.map((c) => c.cert),
      currentLoads(draw),
      new DrawRng(draw.seed, `replace:${n}`),
    );
    const chosen = candidates.find((c) => c.cert === pick)!;
    db.prepare(
      `INSERT INTO draw_replacements (draw_id, entity_id, slot, old_inspector_id, new_inspector_id, new_cert_no, candidates, reason, operator, replaced_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      draw.id,
      entity.entityId,
      slot.slot,
      slot.inspectorId,
      chosen.id,
      chosen.cert,
      JSON.stringify(candidates.map((c) => c.cert)),
      reason,
      input.operator ?? '',
      now.toISOString(),
    );
    // Every field of the row, so an edit of the row (frozen by trigger) cannot match its entry.
    appendAudit(db, {
      actor: input.operator ?? '',
      action: '递补',
      subject: `抽取记录 #${draw.id}`,
      details: {
        drawId: draw.id,
        n,
        entity: entity.code,
        slot: slot.slot,
        out: slot.certNo,
        in: chosen.cert,
        candidates: candidates.map((c) => c.cert),
        reason,
        at: now.toISOString(),
      },
    });
    return getDraw(db, draw.id);
  })();
}
