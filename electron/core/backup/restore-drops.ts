import type { Db } from '../db/connection.ts';
import { chineseDateTime } from '../documents/data/doc-dates.ts';
import { taskCode } from '../tasks/task-schema.ts';

/** A draw recorded in the current data that the backup does not hold: a restore would drop it. */
export interface DroppedDraw {
  id: number;
  /** 任务编号, e.g. 2026-003. */
  taskCode: string;
  taskName: string;
  drawnAt: string;
  hash: string;
  voided: boolean;
}

/**
 * The current draws the backup lacks. A draw is known by its hash, its place in the chain, not by
 * its number: after an earlier restore the same number may name a different draw. A backup
 * "older than the newest draw" is one for which this list is not empty.
 */
export function drawsMissingFrom(db: Db, kept: ReadonlySet<string>): DroppedDraw[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.hash, d.drawn_at, d.voided_at, t.year, t.number, t.name
              FROM draws d LEFT JOIN tasks t ON t.id = d.task_id ORDER BY d.id`,
    )
    .all() as {
    id: number;
    hash: string;
    drawn_at: string;
    voided_at: string | null;
    year: number | null;
    number: number | null;
    name: string | null;
  }[];
  return rows
    .filter((r) => !kept.has(r.hash))
    .map((r) => ({
      id: r.id,
      taskCode: r.year !== null && r.number !== null ? taskCode(r.year, r.number) : '（已删除）',
      taskName: r.name ?? '',
      drawnAt: r.drawn_at,
      hash: r.hash,
      voided: r.voided_at !== null,
    }));
}

/** Only the draws the clerk was shown and agreed to lose; one made since must be shown first. */
export function allConfirmed(dropped: readonly DroppedDraw[], confirmed: readonly number[]): boolean {
  return dropped.every((d) => confirmed.includes(d.id));
}

/** 抽取记录 #5（任务 2026-003「第二季度食品抽查」，2026年3月5日 10:32:05 抽取） */
export function droppedDrawText(d: DroppedDraw): string {
  return `抽取记录 #${d.id}（任务 ${d.taskCode}「${d.taskName}」，${chineseDateTime(d.drawnAt)} 抽取${d.voided ? '，已作废' : ''}）`;
}

/** What the clerk must read before agreeing: which draws go, and that the current data is kept aside. */
export function dropWarning(dropped: readonly DroppedDraw[]): string {
  return `该备份早于以下 ${dropped.length} 次抽取，恢复后这些抽取记录将不在数据中（恢复前的数据会先另存为备份）：${dropped.map(droppedDrawText).join('；')}。`;
}
