import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { CLOSED_STATUSES } from '../entities/entity-schema.ts';
import type { Task } from '../tasks/task-schema.ts';
import { canonicalPool, ratioCount, ratioText, type GroupQuota, type PoolEntry } from './draw-algorithm.ts';

/** Groups are drawn in this order when a task sets ratios per 信用风险分类. */
const GROUP_ORDER = ['A', 'B', 'C', 'D', '未分类'] as const;

export interface EntityPool {
  entries: PoolEntry[];
  /** id and 所属区域 by code, for writing the selection and for 回避 by area. */
  byCode: Map<string, { id: number; area: string }>;
  /** Why candidates were left out, for the draw ceremony and the record. */
  excluded: { closed: number; repeat: number };
  quotas: GroupQuota[];
}

interface Candidate {
  id: number;
  code: string;
  area: string;
  risk_class: string | null;
  reg_status: string;
  industry: string;
  entity_type: string;
}

/**
 * The frozen candidate pool of a task at `now`: the roster (or the whole 名录库), narrowed by the
 * 定向 filters, minus entities that are 注销/吊销/撤销/迁出 and minus those drawn for any of the
 * same items within the repeat window (unless the task lets them back in with a reason).
 */
export function buildEntityPool(db: Db, task: Task, now: Date): EntityPool {
  const rows = (
    task.roster
      ? db
          .prepare(
            `SELECT e.id, e.code, e.area, e.risk_class, e.reg_status, e.industry, e.entity_type FROM entities e
                  JOIN entity_rosters er ON er.entity_id = e.id JOIN rosters r ON r.id = er.roster_id WHERE r.name = ?`,
          )
          .all(task.roster)
      : db.prepare('SELECT id, code, area, risk_class, reg_status, industry, entity_type FROM entities').all()
  ) as Candidate[];
  const f = task.filters;
  const matches = (c: Candidate) =>
    (f.area.length === 0 || f.area.includes(c.area)) &&
    (f.industry.length === 0 || f.industry.includes(c.industry)) &&
    (f.entityType.length === 0 || (f.entityType as string[]).includes(c.entity_type)) &&
    (f.riskClass.length === 0 || (f.riskClass as string[]).includes(c.risk_class ?? '未分类'));
  const filtered = rows.filter(matches);
  const open = filtered.filter((c) => !(CLOSED_STATUSES as readonly string[]).includes(c.reg_status));
  const recent = recentlyDrawn(db, task, now);
  const pool = open.filter((c) => !recent.has(c.id));
  const byClass = Object.keys(task.classRatios).length > 0;
  const entries = canonicalPool(pool.map((c) => ({ code: c.code, group: byClass ? (c.risk_class ?? '未分类') : '' })));
  return {
    entries,
    byCode: new Map(pool.map((c) => [c.code, { id: c.id, area: c.area }])),
    excluded: { closed: filtered.length - open.length, repeat: open.length - pool.length },
    quotas: quotasFor(task, entries),
  };
}

/** Entities in a live draw of a task sharing an item with this one, drawn within the window. */
function recentlyDrawn(db: Db, task: Task, now: Date): Set<number> {
  if (task.repeatWindowMonths === 0 || task.itemIds.length === 0) return new Set();
  const since = dayjs(now).subtract(task.repeatWindowMonths, 'month').toISOString();
  const ids = db
    .prepare(
      `SELECT DISTINCT s.entity_id FROM draw_selections s JOIN draws d ON d.id = s.draw_id
       WHERE d.voided_at IS NULL AND d.drawn_at >= ? AND d.task_id <> ?
         AND EXISTS (SELECT 1 FROM task_items ti WHERE ti.task_id = d.task_id AND ti.item_id IN (SELECT value FROM json_each(?)))
         AND s.entity_id NOT IN (SELECT entity_id FROM task_repeat_overrides WHERE task_id = ?)`,
    )
    .pluck()
    .all(since, task.id, JSON.stringify(task.itemIds), task.id) as number[];
  return new Set(ids);
}

/**
 * How many to draw: a count, or a ratio of the pool rounded up (at least 1 when the pool is not
 * empty). With ratios per class, each class has its own ratio (the task's ratio otherwise).
 */
function quotasFor(task: Pick<Task, 'count' | 'ratio' | 'classRatios'>, entries: readonly PoolEntry[]): GroupQuota[] {
  if (Object.keys(task.classRatios).length === 0) {
    const n = entries.length;
    if (task.count !== null) return [{ group: '', ratio: null, count: Math.min(task.count, n) }];
    const ratio = ratioText(task.ratio!);
    return [{ group: '', ratio, count: ratioCount(n, ratio) }];
  }
  return GROUP_ORDER.map((group) => {
    const n = entries.filter((e) => e.group === group).length;
    const ratio = ratioText((task.classRatios as Record<string, number | undefined>)[group] ?? task.ratio!);
    return { group, ratio, count: ratioCount(n, ratio) };
  });
}
