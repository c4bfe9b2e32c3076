import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { checkJointDepartments, saveTaskDepartments, taskDepartments } from './task-departments.ts';
import { parseOrThrow } from '../validate.ts';
import { taskCode, taskInputSchema, type Task, type TaskInput, type TaskState } from './task-schema.ts';

interface TaskRow {
  id: number;
  year: number;
  number: number;
  name: string;
  source: '计划' | '临时';
  plan_id: number | null;
  roster: string | null;
  filters: string;
  draw_count: number | null;
  ratio: number | null;
  class_ratios: string;
  repeat_window_months: number;
  period_start: string | null;
  period_end: string | null;
  department: string;
  inspectors_per_entity: number;
  required_tags: string;
  same_area_recusal: number;
  with_leader: number;
  joint: number;
  published_on: string | null;
  created_at: string;
  live_draw_id: number | null;
  /** 1 while a 开始抽取 of the task awaits the 监督人's digits. */
  draw_started: number;
  selected_count: number;
  /** Selected entities with a result; in a joint task, with a result of every department. */
  result_count: number;
}

const SELECT = `
  SELECT t.*, r.name AS roster,
    (SELECT d.id FROM draws d WHERE d.task_id = t.id AND d.voided_at IS NULL) AS live_draw_id,
    (SELECT count(*) FROM draw_selections s JOIN draws d ON d.id = s.draw_id WHERE d.task_id = t.id AND d.voided_at IS NULL) AS selected_count,
    (SELECT count(*) FROM draw_selections s JOIN draws d ON d.id = s.draw_id AND d.task_id = t.id AND d.voided_at IS NULL
     WHERE (SELECT count(*) FROM results x WHERE x.task_id = t.id AND x.entity_id = s.entity_id AND x.codes <> '[]')
       >= max(1, (SELECT count(*) FROM task_departments td WHERE td.task_id = t.id))) AS result_count,
    EXISTS (SELECT 1 FROM draw_ceremonies c WHERE c.task_id = t.id AND c.outcome = 'open') AS draw_started
  FROM tasks t LEFT JOIN rosters r ON r.id = t.roster_id`;

function stateOf(row: TaskRow): TaskState {
  if (row.published_on) return '已公示';
  if (row.live_draw_id === null) return row.draw_started ? '抽取中' : '未抽取';
  if (row.result_count === 0) return '已抽取';
  return row.result_count >= row.selected_count ? '已完成' : '检查中';
}

function toTask(db: Db, row: TaskRow): Task {
  const items = db
    .prepare(
      `SELECT i.id, i.seq, i.name, i.category, ti.department_id AS departmentId FROM task_items ti JOIN items i ON i.id = ti.item_id
       WHERE ti.task_id = ? ORDER BY i.seq IS NULL, i.seq, i.name`,
    )
    .all(row.id) as Task['items'];
  const overrides = db
    .prepare(
      'SELECT e.code, e.name, o.reason FROM task_repeat_overrides o JOIN entities e ON e.id = o.entity_id WHERE o.task_id = ? ORDER BY e.code',
    )
    .all(row.id) as Task['repeatOverrides'];
  return {
    id: row.id,
    year: row.year,
    number: row.number,
    code: taskCode(row.year, row.number),
    name: row.name,
    source: row.source,
    planId: row.plan_id,
    itemIds: items.map((i) => i.id),
    items,
    roster: row.roster,
    filters: JSON.parse(row.filters) as Task['filters'],
    count: row.draw_count,
    ratio: row.ratio,
    classRatios: JSON.parse(row.class_ratios) as Task['classRatios'],
    repeatWindowMonths: row.repeat_window_months,
    repeatOverrides: overrides,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    department: row.department,
    inspectorsPerEntity: row.inspectors_per_entity,
    requiredTags: JSON.parse(row.required_tags) as string[],
    sameAreaRecusal: row.same_area_recusal === 1,
    withLeader: row.with_leader === 1,
    joint: row.joint === 1,
    departments: taskDepartments(db, row.id, items),
    liveDrawId: row.live_draw_id,
    selectedCount: row.selected_count,
    resultCount: row.result_count,
    state: stateOf(row),
    publishedOn: row.published_on,
    createdAt: row.created_at,
  };
}

export function listTasks(db: Db): Task[] {
  return (db.prepare(`${SELECT} ORDER BY t.year DESC, t.number DESC`).all() as TaskRow[]).map((r) => toTask(db, r));
}

export function getTask(db: Db, id: number): Task {
  const row = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TaskRow | undefined;
  if (!row) throw new AppError('找不到该抽查任务，请刷新列表。', { cause: `task ${id} not found` });
  return toTask(db, row);
}

/** A task by its id or its printed 编号 (2026-003), as the CLI and documents name it. */
export function findTaskId(db: Db, ref: string): number {
  const m = /^(\d{4})-0*(\d+)$/.exec(ref.trim());
  const id = m
    ? (db.prepare('SELECT id FROM tasks WHERE year = ? AND number = ?').pluck().get(Number(m[1]), Number(m[2])) as number | undefined)
    : /^\d+$/.test(ref.trim())
      ? (db.prepare('SELECT id FROM tasks WHERE id = ?').pluck().get(Number(ref)) as number | undefined)
      : undefined;
  if (id === undefined) throw new AppError(`找不到编号为“${ref}”的抽查任务。`);
  return id;
}

/** Creates a task, or changes one that has no live draw yet (a drawn task's terms are fixed). */
export function saveTask(db: Db, input: { id?: number | undefined; task: TaskInput }): Task {
  const t = parseOrThrow(taskInputSchema, input.task);
  return db.transaction(() => {
    const rosterId = t.roster ? (db.prepare('SELECT id FROM rosters WHERE name = ?').pluck().get(t.roster) as number | undefined) : null;
    if (rosterId === undefined) throw fieldError({ roster: `没有名为“${t.roster}”的名录` });
    const missing = t.itemIds.filter((id) => !db.prepare('SELECT 1 FROM items WHERE id = ? AND retired_at IS NULL').get(id));
    if (missing.length > 0) throw fieldError({ itemIds: '所选抽查事项不存在或已停用' });
    if (t.joint) {
      // A joint task's items and team size follow from its departments.
      t.itemIds = t.departments.flatMap((d) => d.itemIds);
      t.inspectorsPerEntity = t.departments.reduce((sum, d) => sum + d.perEntity, 0);
      checkJointDepartments(db, t.departments);
    }
    const year = Number((t.periodStart ?? new Date().toISOString()).slice(0, 4));
    const params = {
      name: t.name,
      source: t.source,
      plan_id: t.planId,
      roster_id: rosterId,
      filters: JSON.stringify(t.filters),
      draw_count: t.count,
      ratio: t.ratio,
      class_ratios: JSON.stringify(t.classRatios),
      repeat_window_months: t.repeatWindowMonths,
      period_start: t.periodStart,
      period_end: t.periodEnd,
      department: t.department,
      inspectors_per_entity: t.inspectorsPerEntity,
      required_tags: JSON.stringify(t.requiredTags),
      same_area_recusal: t.sameAreaRecusal ? 1 : 0,
      with_leader: t.withLeader ? 1 : 0,
      joint: t.joint ? 1 : 0,
    };
    let id = input.id;
    if (id === undefined) {
      const number = ((db.prepare('SELECT max(number) FROM tasks WHERE year = ?').pluck().get(year) as number | null) ?? 0) + 1;
      id = Number(
        db
          .prepare(
            `INSERT INTO tasks (year, number, ${Object.keys(params).join(', ')}) VALUES (@year, @number, ${Object.keys(params)
              .map((k) => `@${k}`)
              .join(', ')})`,
          )
          .run({ ...params, year, number }).lastInsertRowid,
      );
    } else {
      if (getTask(db, id).liveDrawId !== null) throw new AppError('该任务已经抽取，任务条件不能再修改；如确需修改，请先将抽取作废。');
      db.prepare(
        `UPDATE tasks SET ${Object.keys(params)
          .map((k) => `${k} = @${k}`)
          .join(', ')} WHERE id = @id`,
      ).run({ ...params, id });
    }
    db.prepare('DELETE FROM task_items WHERE task_id = ?').run(id);
    const itemDepartment = new Map(t.departments.flatMap((d) => d.itemIds.map((itemId) => [itemId, d.departmentId] as const)));
    for (const itemId of new Set(t.itemIds)) {
      db.prepare('INSERT INTO task_items (task_id, item_id, department_id) VALUES (?, ?, ?)').run(
        id,
        itemId,
        itemDepartment.get(itemId) ?? null,
      );
    }
    saveTaskDepartments(db, id, t.departments);
    saveOverrides(db, id, t.repeatOverrides);
    return getTask(db, id);
  })();
}

function saveOverrides(db: Db, taskId: number, overrides: { code: string; reason: string }[]): void {
  db.prepare('DELETE FROM task_repeat_overrides WHERE task_id = ?').run(taskId);
  for (const o of overrides) {
    const entityId = db.prepare('SELECT id FROM entities WHERE code = ?').pluck().get(o.code.trim().toUpperCase()) as number | undefined;
    if (entityId === undefined) throw fieldError({ repeatOverrides: `名录库中没有代码 ${o.code}` });
    db.prepare('INSERT OR REPLACE INTO task_repeat_overrides (task_id, entity_id, reason) VALUES (?, ?, ?)').run(
      taskId,
      entityId,
      o.reason,
    );
  }
}

/** Deletes a task created by mistake; a task that has ever been drawn stays, with its records. */
export function deleteTask(db: Db, id: number): void {
  db.transaction(() => {
    const task = getTask(db, id);
    const drawn = db.prepare('SELECT count(*) FROM draws WHERE task_id = ?').pluck().get(id) as number;
    if (drawn > 0) throw new AppError(`任务 ${task.code} 已有抽取记录，不能删除（抽取记录须永久保留）。`);
    db.prepare('DELETE FROM tasks WHERE id = ?').run(id);
  })();
}
