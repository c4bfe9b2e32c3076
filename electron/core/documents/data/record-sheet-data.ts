import type { Db } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';
import { listResultCodes } from '../../results/result-codes.ts';
import { CHECK_METHODS, DISPOSALS, type ItemFinding } from '../../results/result-schema.ts';
import { taskResults } from '../../results/result-service.ts';
import { getSettings } from '../../settings/settings-service.ts';
import { getTask } from '../../tasks/task-service.ts';
import { liveDrawOf } from './notice-data.ts';
import { documentTask, type DocumentTask } from './document-task.ts';
import { jointDepartments } from './joint-data.ts';
import { jointSheetParts, sheetResult } from './joint-sheet-data.ts';

/** Everything one 随机抽查情况记录表 prints before the inspectors fill it in on site. */
export interface SheetData {
  bureauName: string;
  /** The entity's place in the draw, for file names and order. */
  position: number;
  entityId: number;
  task: DocumentTask;
  entity: { name: string; code: string; address: string; legalRep: string; phone: string };
  items: string[];
  inspectors: { name: string; certNo: string }[];
  /** The choices to tick: 核查方式, active result codes, 后续处置. */
  checkMethods: readonly string[];
  resultCodes: { code: string; label: string }[];
  disposals: readonly string[];
  /** The entered result, printed into the form; absent or null: blank boxes for the inspectors to fill in. */
  result?: SheetResult | null;
  /** Set only for a 部门联合抽查: each department's items and inspectors, the lead first. */
  joint?: SheetJoint;
}

/** What a joint task's sheet prints per department: its items under its name, and a row for its inspectors to sign. */
export interface SheetJoint {
  departments: {
    name: string;
    role: '牵头' | '参与';
    items: string[];
    inspectors: { name: string; certNo: string }[];
    /** The department's own entered result (its items' findings in `items` order); null: blank rows. */
    result: SheetResult | null;
  }[];
}

/** What an entered result fills in: the boxes to tick and the rows of the 检查事项. */
export interface SheetResult {
  codes: string[];
  methods: string[];
  disposal: string;
  inspectedOn: string | null;
  findings: string;
  notes: string;
  /** One per item of `items`, in the same order. */
  itemFindings: ItemFinding[];
}

/** The sheets of a task's drawn entities (all, or `entityIds`), in draw order. */
export function gatherSheets(db: Db, taskId: number, entityIds?: readonly number[]): SheetData[] {
  const task = getTask(db, taskId);
  const draw = liveDrawOf(db, task, '随机抽查情况记录表');
  const wanted = entityIds ? new Set(entityIds) : null;
  const entities = wanted ? draw.selected.filter((e) => wanted.has(e.entityId)) : draw.selected;
  if (wanted && entities.length < wanted.size) throw new AppError(`所选检查对象不在任务 ${task.code} 的抽取结果中。`);
  const phone = db.prepare('SELECT phone FROM entities WHERE id = ?').pluck();
  const bureauName = getSettings(db).bureauName;
  const departments = jointDepartments(db, task);
  const joint = departments && jointSheetParts(db, task, departments);
  const results = new Map(departments ? [] : taskResults(db, taskId).map((r) => [r.entityId, r.result]));
  const resultCodes = listResultCodes(db)
    .filter((c) => c.active)
    .map(({ code, label }) => ({ code, label }));
  return entities.map((e) => ({
    bureauName,
    position: e.position,
    entityId: e.entityId,
    task: documentTask(task),
    entity: { name: e.name, code: e.code, address: e.address, legalRep: e.legalRep, phone: phone.get(e.entityId) as string },
    items: task.items.map((i) => i.name),
    inspectors: e.inspectors.map((i) => ({ name: i.name, certNo: i.certNo })),
    checkMethods: CHECK_METHODS,
    resultCodes,
    disposals: DISPOSALS,
    // A joint task's results are the departments' own, printed under each (jointSheetParts).
    result: departments ? null : sheetResult(results.get(e.entityId) ?? null),
    ...(joint && { joint: joint(e) }),
  }));
}
