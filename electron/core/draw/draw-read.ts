import type { Db } from '../db/connection.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { getDepartment } from '../departments/department-service.ts';
import { AppError } from '../errors.ts';
import type { FrozenInspector } from './draw-algorithm.ts';
import type { DrawContent, DrawParams } from './draw-content.ts';
import { departmentOfSlot } from './joint-teams.ts';

export interface DrawnInspector {
  slot: number;
  inspectorId: number;
  certNo: string;
  name: string;
  leader: boolean;
  /**
   * The department this slot belongs to: in a joint draw the one whose share of the team holds
   * the slot (ALGORITHM.md §5a), as recorded at the draw; otherwise 本局 under its 单位名称.
   * A 递补 stays within the department, so the slot's department is the member's.
   */
  departmentId: number;
  departmentName: string;
  /** Set when this slot was filled by 递补. */
  replaced: { previousName: string; previousCert: string; reason: string; at: string } | null;
}

export interface DrawnEntity {
  position: number;
  entityId: number;
  code: string;
  name: string;
  address: string;
  legalRep: string;
  area: string;
  inspectors: DrawnInspector[];
  /** The result is entered: the inspection happened, and the team can no longer be 递补. */
  inspected: boolean;
}

export interface DrawRecord {
  id: number;
  taskId: number;
  algorithm: string;
  seed: string;
  /** How the seed was made (ALGORITHM.md §2): the 监督人's digits were part of it, or not. */
  seedMode: 'witnessed' | 'plain';
  poolHash: string;
  poolSize: number;
  operator: string;
  witness: string;
  drawnAt: string;
  hash: string;
  prevHash: string;
  voided: boolean;
  voidedAt: string | null;
  voidReason: string | null;
  params: DrawParams;
  selected: DrawnEntity[];
  replacements: {
    entityCode: string;
    entityName: string;
    slot: number;
    oldName: string;
    oldCert: string;
    newName: string;
    newCert: string;
    reason: string;
    operator: string;
    at: string;
  }[];
}

export interface DrawRow {
  id: number;
  task_id: number;
  algorithm: string;
  seed: string;
  entity_pool: string;
  pool_hash: string;
  pool_size: number;
  inspector_pool: string;
  params: string;
  operator: string;
  witness: string;
  drawn_at: string;
  prev_hash: string;
  hash: string;
  voided_at: string | null;
  void_reason: string | null;
  seed_parts: string | null;
}

export function drawRow(db: Db, drawId: number): DrawRow {
  const row = db.prepare('SELECT * FROM draws WHERE id = ?').get(drawId) as DrawRow | undefined;
  if (!row) throw new AppError(`找不到抽取记录 #${drawId}。`, { cause: `draw ${drawId} not found` });
  return row;
}

/** The content as stored, for hashing and verification (selection and teams as first drawn). */
export function storedContent(db: Db, row: DrawRow): DrawContent {
  const selected = db.prepare('SELECT code FROM draw_selections WHERE draw_id = ? ORDER BY position').pluck().all(row.id) as string[];
  const assignments = db
    .prepare(
      'SELECT s.code, a.cert_no FROM draw_assignments a JOIN draw_selections s' +
        ' ON s.draw_id = a.draw_id AND s.entity_id = a.entity_id WHERE a.draw_id = ? ORDER BY s.position, a.slot',
    )
    .all(row.id) as { code: string; cert_no: string }[];
  const teams: Record<string, string[]> = {};
  for (const a of assignments) (teams[a.code] ??= []).push(a.cert_no);
  return {
    taskId: row.task_id,
    algorithm: row.algorithm,
    seed: row.seed,
    poolHash: row.pool_hash,
    poolSize: row.pool_size,
    inspectorPool: JSON.parse(row.inspector_pool) as FrozenInspector[],
    params: JSON.parse(row.params) as DrawParams,
    operator: row.operator,
    witness: row.witness,
    drawnAt: row.drawn_at,
    selected,
    teams,
    ...(row.seed_parts ? { seedParts: JSON.parse(row.seed_parts) as NonNullable<DrawContent['seedParts']> } : {}),
  };
}

/** A draw as the screen and the documents show it: current teams, with every 递补 applied. */
export function getDraw(db: Db, drawId: number): DrawRecord {
  const row = drawRow(db, drawId);
  const params = JSON.parse(row.params) as DrawParams;
  const entities = db
    .prepare(
      `SELECT s.position, s.entity_id AS entityId, s.code, e.name, e.address, e.legal_rep AS legalRep, e.area
              FROM draw_selections s JOIN entities e ON e.id = s.entity_id WHERE s.draw_id = ? ORDER BY s.position`,
    )
    .all(drawId) as Omit<DrawnEntity, 'inspectors' | 'inspected'>[];
  const inspected = new Set(db.prepare('SELECT entity_id FROM results WHERE task_id = ?').pluck().all(row.task_id) as number[]);
  const slots = db
    .prepare(
      `SELECT a.entity_id AS entityId, a.slot, a.inspector_id AS inspectorId, a.cert_no AS certNo, i.name
              FROM draw_assignments a JOIN inspectors i ON i.id = a.inspector_id WHERE a.draw_id = ? ORDER BY a.slot`,
    )
    .all(drawId) as { entityId: number; slot: number; inspectorId: number; certNo: string; name: string }[];
  const replacements = db
    .prepare(
      `SELECT r.*, e.code AS entity_code, e.name AS entity_name, o.name AS old_name, o.cert_no AS old_cert, n.name AS new_name
              FROM draw_replacements r JOIN entities e ON e.id = r.entity_id JOIN inspectors o ON o.id = r.old_inspector_id
              JOIN inspectors n ON n.id = r.new_inspector_id WHERE r.draw_id = ? ORDER BY r.id`,
    )
    .all(drawId) as Record<string, unknown>[];
  // Grouped once: filtering all slots for each entity made reading a 1,000-entity draw take ~50 ms,
  // paid by every result save on such a task.
  const slotsOf = groupBy(slots, (s) => s.entityId);
  const replacementsOf = groupBy(replacements, (r) => `${r.entity_id as number}|${r.slot as number}`);
  const departmentOf = slotDepartments(db, params);
  const selected = entities.map((e) => ({
    ...e,
    inspected: inspected.has(e.entityId),
    inspectors: (slotsOf.get(e.entityId) ?? []).map((s) => {
      let current: DrawnInspector = {
        slot: s.slot,
        inspectorId: s.inspectorId,
        certNo: s.certNo,
        name: s.name,
        leader: params.withLeader && s.slot === 0,
        ...departmentOf(s.slot),
        replaced: null,
      };
      for (const r of replacementsOf.get(`${e.entityId}|${s.slot}`) ?? []) {
        current = {
          ...current,
          inspectorId: r.new_inspector_id as number,
          certNo: r.new_cert_no as string,
          name: r.new_name as string,
          replaced: { previousName: current.name, previousCert: current.certNo, reason: r.reason as string, at: r.replaced_at as string },
        };
      }
      return current;
    }),
  }));
  return {
    id: row.id,
    taskId: row.task_id,
    algorithm: row.algorithm,
    seed: row.seed,
    seedMode: row.seed_parts ? 'witnessed' : 'plain',
    poolHash: row.pool_hash,
    poolSize: row.pool_size,
    operator: row.operator,
    witness: row.witness,
    drawnAt: row.drawn_at,
    hash: row.hash,
    prevHash: row.prev_hash,
    voided: row.voided_at !== null,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    params,
    selected,
    replacements: replacements.map((r) => ({
      entityCode: r.entity_code as string,
      entityName: r.entity_name as string,
      slot: r.slot as number,
      oldName: r.old_name as string,
      oldCert: r.old_cert as string,
      newName: r.new_name as string,
      newCert: r.new_cert_no as string,
      reason: r.reason as string,
      operator: r.operator as string,
      at: r.replaced_at as string,
    })),
  };
}

/** Slot → department: by the record's departments in a joint draw, 本局 otherwise. */
function slotDepartments(db: Db, params: DrawParams): (slot: number) => { departmentId: number; departmentName: string } {
  const departments = params.departments;
  if (!departments) {
    const own = { departmentId: OWN_DEPARTMENT_ID, departmentName: getDepartment(db, OWN_DEPARTMENT_ID).name };
    return () => own;
  }
  return (slot) => {
    const d = departmentOfSlot(departments, slot);
    return d ? { departmentId: d.id, departmentName: d.name } : { departmentId: OWN_DEPARTMENT_ID, departmentName: '' };
  };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function listDraws(db: Db, taskId: number): DrawRecord[] {
  return (db.prepare('SELECT id FROM draws WHERE task_id = ? ORDER BY id DESC').pluck().all(taskId) as number[]).map((id) =>
    getDraw(db, id),
  );
}

/** One 递补 as recorded (ALGORITHM.md §6), numbered n = 1, 2, … in the order of recording. */
export interface FrozenReplacement {
  n: number;
  entity: string;
  slot: number;
  old: string;
  new: string;
  candidates: string[];
  reason: string;
  at: string;
}

/** A draw's 递补 as 复核 re-runs them and the 核验包 carries them. */
export function frozenReplacements(db: Db, drawId: number): FrozenReplacement[] {
  const rows = db
    .prepare(
      `SELECT s.code, r.slot, o.cert_no AS old, r.new_cert_no AS new, r.candidates, r.reason, r.replaced_at AS at FROM draw_replacements r
       JOIN draw_selections s ON s.draw_id = r.draw_id AND s.entity_id = r.entity_id JOIN inspectors o ON o.id = r.old_inspector_id
       WHERE r.draw_id = ? ORDER BY r.id`,
    )
    .all(drawId) as { code: string; slot: number; old: string; new: string; candidates: string; reason: string; at: string }[];
  return rows.map((r, i) => ({
    n: i + 1,
    entity: r.code,
    slot: r.slot,
    old: r.old,
    new: r.new,
    candidates: JSON.parse(r.candidates) as string[],
    reason: r.reason,
    at: r.at,
  }));
}
