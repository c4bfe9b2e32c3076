import type { Db } from '../db/connection.ts';
import { bumpChangeCounter } from '../db/change-counter.ts';
import { AppError, fieldError } from '../errors.ts';

/** A named list of entities (名录), and the items whose 适用对象 it serves. */
export interface Roster {
  id: number;
  name: string;
  notes: string;
  entityCount: number;
  items: { id: number; seq: number | null; name: string }[];
}

export function listRosters(db: Db): Roster[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.name, r.notes, (SELECT count(*) FROM entity_rosters er WHERE er.roster_id = r.id) AS entityCount
       FROM rosters r ORDER BY r.name`,
    )
    .all() as Omit<Roster, 'items'>[];
  const items = db
    .prepare(
      `SELECT ri.roster_id AS rosterId, i.id, i.seq, i.name FROM roster_items ri JOIN items i ON i.id = ri.item_id
       ORDER BY i.seq IS NULL, i.seq`,
    )
    .all() as { rosterId: number; id: number; seq: number | null; name: string }[];
  return rows.map((r) => ({
    ...r,
    items: items.filter((i) => i.rosterId === r.id).map(({ id, seq, name }) => ({ id, seq, name })),
  }));
}

/** Creates or renames a roster and sets the items it serves, in one transaction. */
export function saveRoster(
  db: Db,
  input: { id?: number | undefined; name: string; notes?: string | undefined; itemIds: number[] },
): Roster {
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) throw fieldError({ name: '名录名称不能为空' });
  if (name.length > 50) throw fieldError({ name: '名录名称不能超过 50 字' });
  return db.transaction(() => {
    const other = db.prepare('SELECT id FROM rosters WHERE name = ?').pluck().get(name) as number | undefined;
    if (other !== undefined && other !== input.id) throw fieldError({ name: '已有同名的名录' });
    let id = input.id;
    if (id === undefined) {
      id = Number(db.prepare('INSERT INTO rosters (name, notes) VALUES (?, ?)').run(name, input.notes ?? '').lastInsertRowid);
    } else if (db.prepare('UPDATE rosters SET name = ?, notes = ? WHERE id = ?').run(name, input.notes ?? '', id).changes === 0) {
      throw new AppError('该名录已不存在，请刷新列表。');
    }
    db.prepare('DELETE FROM roster_items WHERE roster_id = ?').run(id);
    const link = db.prepare('INSERT INTO roster_items (roster_id, item_id) VALUES (?, ?)');
    for (const itemId of new Set(input.itemIds)) link.run(id, itemId);
    bumpChangeCounter(db, 'entities');
    return listRosters(db).find((r) => r.id === id)!;
  })();
}

/** Removes a roster: its entities stay in the 名录库, only their membership goes. */
export function deleteRoster(db: Db, id: number): void {
  db.transaction(() => {
    if (db.prepare('DELETE FROM rosters WHERE id = ?').run(id).changes === 0) throw new AppError('该名录已不存在，请刷新列表。');
    bumpChangeCounter(db, 'entities');
  })();
}
