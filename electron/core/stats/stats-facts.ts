import type { Db } from '../db/connection.ts';
import { parsePool } from '../draw/draw-content.ts';
import { taskCode } from '../tasks/task-schema.ts';

/** A live draw of a task, with what every view needs to place it. */
export interface DrawFact {
  drawId: number;
  taskId: number;
  taskCode: string;
  taskName: string;
  poolSize: number;
  drawnAt: string;
  /** The task's 检查事项 (id, 序号, name, the department inspecting it: 本局 = 1) in 序号 order. */
  items: { id: number; seq: number | null; name: string; departmentId: number }[];
  /** The departments whose teams visit every drawn entity: a joint task's, lead first; [本局] otherwise. */
  departments: number[];
}

/** Where an entity stands for the 区域, 登记机关 and 信用风险分类 views. */
export interface EntityPlace {
  area: string;
  authority: string;
  riskClass: string;
}

/** Where one result stands: entered, published (by its own department), closed, its codes and 后续处置. */
export interface ResultFact {
  entered: boolean;
  published: boolean;
  closed: boolean;
  codes: string[];
  /** The 后续处置 given (none, or one per department's result when they differ). */
  disposals: string[];
}

/**
 * One drawn entity of a live draw and its result. A joint task's entity is one fact for the views
 * that place entities or tasks (entered, published and closed once every department's result is;
 * the codes and 后续处置 of all its results), and one part per department for 按部门 and 按检查事项.
 */
export interface DrawnFact extends EntityPlace, ResultFact {
  drawId: number;
  parts: (ResultFact & { departmentId: number })[];
}

/** Live (not voided) draws, of tasks of the year when one is given, in task order. */
export function liveDraws(db: Db, year: number | null): DrawFact[] {
  const draws = db
    .prepare(
      `SELECT d.id AS drawId, t.id AS taskId, t.year, t.number, t.name AS taskName, d.pool_size AS poolSize, d.drawn_at AS drawnAt
       FROM draws d JOIN tasks t ON t.id = d.task_id
       WHERE d.voided_at IS NULL AND (@year IS NULL OR t.year = @year)
       ORDER BY t.year, t.number`,
    )
    .all({ year }) as (Omit<DrawFact, 'items' | 'taskCode' | 'departments'> & { year: number; number: number })[];
  const items = db.prepare(
    `SELECT i.id, i.seq, i.name, coalesce(ti.department_id, 1) AS departmentId FROM task_items ti JOIN items i ON i.id = ti.item_id
     WHERE ti.task_id = ? ORDER BY i.seq IS NULL, i.seq, i.name`,
  );
  const departments = db.prepare('SELECT department_id FROM task_departments WHERE task_id = ? ORDER BY position').pluck();
  return draws.map(({ year: y, number, ...d }) => {
    const joint = departments.all(d.taskId) as number[];
    return {
      ...d,
      taskCode: taskCode(y, number),
      items: items.all(d.taskId) as DrawFact['items'],
      departments: joint.length > 0 ? joint : [1],
    };
  });
}

/**
 * The drawn entities of live draws with their results. 已公示: named in a stored publication of
 * the task, or entered in a task marked 已公示 before publications were stored (migration 0010).
 * The class is the one the draw grouped the pool by, when it did (the class the ratio was applied
 * with); otherwise, like 区域 and 登记机关, which the pool does not freeze, the entity's current one.
 */
export function drawnEntities(db: Db, year: number | null, frozenClass: Map<number, Map<string, string>>): DrawnFact[] {
  // One row per drawn entity and department: a joint task's departments, else 本局 (1) alone.
  const rows = db
    .prepare(
      `SELECT d.id AS drawId, s.entity_id AS entityId, e.code, e.area, e.reg_authority AS authority, e.risk_class AS riskClass,
         dep.department_id AS departmentId, r.codes, r.disposal, r.disposal_closed AS closed, t.joint,
         t.published_on AS taskPublishedOn,
         EXISTS (SELECT 1 FROM publication_entities pe JOIN publications p ON p.id = pe.publication_id
           WHERE pe.task_id = d.task_id AND pe.entity_id = s.entity_id AND coalesce(p.department_id, 1) = dep.department_id) AS inPublication
       FROM draws d
       JOIN tasks t ON t.id = d.task_id
       JOIN draw_selections s ON s.draw_id = d.id
       JOIN entities e ON e.id = s.entity_id
       JOIN (SELECT task_id, department_id, position FROM task_departments
             UNION ALL SELECT id, 1, 0 FROM tasks WHERE joint = 0) dep ON dep.task_id = d.task_id
       LEFT JOIN results r ON r.task_id = d.task_id AND r.entity_id = s.entity_id AND r.department_id = dep.department_id
       WHERE d.voided_at IS NULL AND (@year IS NULL OR t.year = @year)
       ORDER BY d.id, s.position, dep.position`,
    )
    .all({ year }) as {
    drawId: number;
    entityId: number;
    code: string;
    area: string;
    authority: string;
    riskClass: string | null;
    departmentId: number;
    codes: string | null;
    disposal: string | null;
    closed: number | null;
    joint: number;
    taskPublishedOn: string | null;
    inPublication: number;
  }[];
  const facts = new Map<string, DrawnFact>();
  for (const r of rows) {
    const codes = r.codes ? (JSON.parse(r.codes) as string[]) : [];
    const entered = codes.length > 0;
    // Marked 已公示 before publications were stored (0010): single-department tasks only, all older.
    const published = r.inPublication === 1 || (entered && r.joint === 0 && r.taskPublishedOn !== null);
    const part = {
      departmentId: r.departmentId,
      entered,
      published,
      closed: published && r.closed === 1,
      codes: entered ? codes : [],
      disposals: entered && r.disposal ? [r.disposal] : [],
    };
    const key = `${r.drawId}:${r.entityId}`;
    const fact = facts.get(key);
    if (fact) fact.parts.push(part);
    else
      facts.set(key, {
        drawId: r.drawId,
        area: r.area,
        authority: r.authority,
        riskClass: frozenClass.get(r.drawId)?.get(r.code) || (r.riskClass ?? ''),
        ...part,
        parts: [part],
      });
  }
  return [...facts.values()].map(combine);
}

/** A joint task's entity as one: entered, published and closed when every department's result is. */
function combine(fact: DrawnFact): DrawnFact {
  if (fact.parts.length === 1) return fact;
  const all = (f: (p: ResultFact) => boolean) => fact.parts.every(f);
  const entered = all((p) => p.entered);
  const published = entered && all((p) => p.published);
  return {
    ...fact,
    entered,
    published,
    closed: published && all((p) => p.closed),
    codes: entered ? [...new Set(fact.parts.flatMap((p) => p.codes))] : [],
    disposals: entered ? [...new Set(fact.parts.flatMap((p) => p.disposals))] : [],
  };
}

/**
 * The members of each live draw's frozen pool, placed by 区域, 登记机关 and class. The pool keeps
 * only codes (and the class group when the draw grouped by class), so the rest is read from the
 * entity as it stands now.
 */
export function poolMembers(
  db: Db,
  draws: readonly DrawFact[],
): { members: Map<number, EntityPlace[]>; frozenClass: Map<number, Map<string, string>> } {
  // One read of every entity beats a lookup per pool member: pools of a year add up to many times the roster.
  const rows = db.prepare('SELECT code, area, reg_authority AS authority, risk_class AS riskClass FROM entities').all() as {
    code: string;
    area: string;
    authority: string;
    riskClass: string | null;
  }[];
  const place = new Map(rows.map((r) => [r.code, r]));
  const poolOf = db.prepare('SELECT entity_pool FROM draws WHERE id = ?').pluck();
  const members = new Map<number, EntityPlace[]>();
  const frozenClass = new Map<number, Map<string, string>>();
  for (const draw of draws) {
    const pool = parsePool(poolOf.get(draw.drawId) as string);
    const classes = new Map(pool.filter((p) => p.group !== '').map((p) => [p.code, p.group]));
    frozenClass.set(draw.drawId, classes);
    members.set(
      draw.drawId,
      pool.map((p) => {
        const e = place.get(p.code);
        return { area: e?.area ?? '', authority: e?.authority ?? '', riskClass: classes.get(p.code) || (e?.riskClass ?? '') };
      }),
    );
  }
  return { members, frozenClass };
}
