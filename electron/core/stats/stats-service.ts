import type { Db } from '../db/connection.ts';

export type StatsDimension = 'task' | 'item' | 'area' | 'code' | 'risk';

export interface StatsRow {
  key: string;
  /** Drawn entities with a result entered. */
  inspected: number;
  /** Of those, entities with at least one result code that means a problem. */
  withProblems: number;
  /** withProblems ÷ inspected, 0–1. */
  problemRate: number;
}

const KEY_SQL: Record<StatsDimension, string> = {
  task: "t.year || '-' || substr('00' || t.number, -3) || ' ' || t.name",
  item: 'i.name',
  area: "coalesce(nullif(e.area, ''), '（未填区域）')",
  code: "rc.code || ' ' || rc.label",
  risk: "coalesce(e.risk_class, '未分类')",
};

/**
 * Results counted along one dimension, over live draws only: how many entities were inspected
 * and how many had problems. By result code, an entity counts under each code it received.
 */
export function resultStats(db: Db, dimension: StatsDimension, year?: number): StatsRow[] {
  const joinItem = dimension === 'item' ? 'JOIN task_items ti ON ti.task_id = t.id JOIN items i ON i.id = ti.item_id' : '';
  const joinCode = dimension === 'code' ? 'JOIN json_each(r.codes) jc JOIN result_codes rc ON rc.code = jc.value' : '';
  const rows = db
    .prepare(
      `SELECT ${KEY_SQL[dimension]} AS bucket, count(*) AS inspected,
         sum(EXISTS (SELECT 1 FROM json_each(r.codes) p JOIN result_codes pc ON pc.code = p.value WHERE pc.problem = 1)) AS withProblems
       FROM results r
       JOIN tasks t ON t.id = r.task_id
       JOIN draws d ON d.task_id = t.id AND d.voided_at IS NULL
       JOIN draw_selections s ON s.draw_id = d.id AND s.entity_id = r.entity_id
       JOIN entities e ON e.id = r.entity_id
       ${joinItem} ${joinCode}
       WHERE r.codes <> '[]' AND (@year IS NULL OR t.year = @year)
       GROUP BY bucket ORDER BY bucket`,
    )
    .all({ year: year ?? null }) as { bucket: string; inspected: number; withProblems: number }[];
  // "bucket", not "key": json_each has a column named key, which GROUP BY would take instead.
  return rows.map((r) => ({
    key: r.bucket,
    inspected: r.inspected,
    withProblems: r.withProblems,
    problemRate: r.inspected === 0 ? 0 : r.withProblems / r.inspected,
  }));
}
