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
  /** The task's 检查事项 (id, 序号, name) in 序号 order. */
  items: { id: number; seq: number | null; name: string }[];
}

/** Where an entity stands for the 区域, 登记机关 and 信用风险分类 views. */
export interface EntityPlace {
  area: string;
  authority: string;
  riskClass: string;
}

/** One drawn entity of a live draw and its result. */
export interface DrawnFact extends EntityPlace {
  drawId: number;
  entered: boolean;
  published: boolean;
  closed: boolean;
  codes: string[];
  disposal: string;
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
    .all({ year }) as (Omit<DrawFact, 'items' | 'taskCode'> & { year: number; number: number })[];
  const items = db.prepare(
    `SELECT i.id, i.seq, i.name FROM task_items ti JOIN items i ON i.id = ti.item_id
     WHERE ti.task_id = ? ORDER BY i.seq IS NULL, i.seq, i.name`,
  );
  return draws.map(({ year: y, number, ...d }) => ({
    ...d,
    taskCode: taskCode(y, number),
    items: items.all(d.taskId) as DrawFact['items'],
  }));
}

/**
 * The drawn entities of live draws with their results. 已公示: named in a stored publication of
 * the task, or entered in a task marked 已公示 before publications were stored (migration 0010).
 * The class is the one the draw grouped the pool by, when it did (the class the ratio was applied
 * with); otherwise, like 区域 and 登记机关, which the pool does not freeze, the entity's current one.
 */
export function drawnEntities(db: Db, year: number | null, frozenClass: Map<number, Map<string, string>>): DrawnFact[] {
  const rows = db
    .prepare(
      `SELECT d.id AS drawId, e.code, e.area, e.reg_authority AS authority, e.risk_class AS riskClass,
         r.codes, r.disposal, r.disposal_closed AS closed, t.published_on AS taskPublishedOn,
         EXISTS (SELECT 1 FROM publication_entities pe WHERE pe.task_id = d.task_id AND pe.entity_id = s.entity_id) AS inPublication
       FROM draws d
       JOIN tasks t ON t.id = d.task_id
       JOIN draw_selections s ON s.draw_id = d.id
       JOIN entities e ON e.id = s.entity_id
       LEFT JOIN results r ON r.task_id = d.task_id AND r.entity_id = s.entity_id
       WHERE d.voided_at IS NULL AND (@year IS NULL OR t.year = @year)`,
    )
    .all({ year }) as {
    drawId: number;
    code: string;
    area: string;
    authority: string;
    riskClass: string | null;
    codes: string | null;
    disposal: string | null;
    closed: number | null;
    taskPublishedOn: string | null;
    inPublication: number;
  }[];
  return rows.map((r) => {
    const codes = r.codes ? (JSON.parse(r.codes) as string[]) : [];
    const entered = codes.length > 0;
    const published = r.inPublication === 1 || (entered && r.taskPublishedOn !== null);
    return {
      drawId: r.drawId,
      area: r.area,
      authority: r.authority,
      riskClass: frozenClass.get(r.drawId)?.get(r.code) || (r.riskClass ?? ''),
      entered,
      published,
      closed: published && r.closed === 1,
      codes: entered ? codes : [],
      disposal: entered ? (r.disposal ?? '') : '',
    };
  });
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
